# exec() and eval(): which globals and locals the code runs in, and what it leaves there
print(eval("  1+2 "), eval("\t 3"), eval(b"2*3"))
print(eval("x", {"x": 5}), eval("x+y", {"x": 1}, {"y": 2}))
exec("x = 5\nprint(x)")
print(x)


def in_function():
    y = 2
    exec("y = 3; z = 4")
    print(y, "z" in locals(), locals().get("z"))
    w = [1]
    exec("w.append(2)")
    print(w, eval("y * 10 + len(w)"))


in_function()
print(eval("lambda: 1")(), eval("[i * i for i in range(4)]"))
print(eval("(lambda n: n and n * 2)(4)", {}))
ns = {"__name__": "mod"}
exec("def h():\n    return __name__\n", ns)
print(ns["h"](), sorted(k for k in ns if k != "__builtins__"))
exec("class K:\n    pass\nprint(K.__module__)", {"__name__": "zz"})
exec("class C:\n    def m(self):\n        return __class__\nprint(C().m() is C)", {"__name__": "__main__"})
exec("global q\nq = 1", ns)
print(ns["q"])


class Missing(dict):
    def __missing__(self, key):
        return key.upper()


print(eval("abc + x", {"x": "!"}, Missing()))
loc = {}
exec("a = 1\nb = a + 1\ndel a", {}, loc)
print(loc)
print(exec("5"), exec("import math; print(math.sqrt(16))", {}))
exec("from math import *; print(floor(2.5))", g := {})
print("floor" in g, "pi" in g)
code = compile("for i in range(3): print(i, end=' ')\nprint()", "loop", "exec")
exec(code)
exec(code, {})
try:
    exec("1/0")
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_filename.rpartition('/')[2], tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
exec("def k():\n    raise ValueError('in k')\n", ns)
try:
    ns["k"]()
except ValueError as e:
    print(e, e.__traceback__.tb_next.tb_frame.f_code.co_filename)
