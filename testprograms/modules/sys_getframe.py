# sys._getframe(): the running frames, their code, globals, locals, line and caller
import sys


def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals is globals()


def caller():
    return who()


print(caller())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe().f_back)


def a():
    return b()


def b():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


print(a())
for bad in ['sys._getframe(50)', 'sys._getframe("a")', 'sys._getframe(1, 2)', 'sys._getframe(depth=1)']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys._getframe(-1).f_code.co_name)


def locs():
    x = 1
    f = sys._getframe()
    first = f.f_locals
    y = 2
    print(sorted(first), sorted(f.f_locals), first is f.f_locals, first is locals())


locs()


def module_name():
    return sys._getframe(1).f_globals["__name__"]


print(module_name())


def keep():
    return sys._getframe()


fr = keep()
print(fr.f_code.co_name, fr.f_lineno)
print(eval("sys._getframe().f_code.co_name"), eval("sys._getframe(1).f_code.co_name"))
