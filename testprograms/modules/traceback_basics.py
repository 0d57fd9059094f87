# traceback: format_exc, print_exc, format_exception with chains, extract_tb/extract_stack, FrameSummary
import builtins
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def print(*args, **kwds):
    # the report names this file by its absolute path: shown without the directory
    builtins.print(*(str(a).replace(HERE, "") for a in args), **kwds)


def inner(n):
    if n == 0:
        raise ValueError("bottom")
    return inner(n - 1)


def outer():
    try:
        inner(5)
    except ValueError as e:
        raise KeyError("outer") from e


try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(text)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    print(traceback.format_exc(limit=1))
    print(traceback.format_exc(chain=False))

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(len(lines), "".join(lines))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__, chain=False))
    tb = traceback.extract_tb(e.__traceback__)
    print(tb, [tuple(f) for f in tb])
    fs = tb[0]
    print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), fs.colno, len(fs))
    print(traceback.format_tb(e.__traceback__))
    print(traceback.format_list([("f.py", 3, "g", "x = 1"), ("f.py", 9, "h", None)]))

try:
    raise TypeError("suppressed context") from None
except TypeError as e:
    print("".join(traceback.format_exception(e)))


class Odd(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(Odd()))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception_only(OSError(2, "No such file")))
e = SyntaxError("invalid syntax", ("prog.py", 3, 9, "    x = (1 +\n", 3, 11))
print("".join(traceback.format_exception_only(e)))
print(traceback.format_exception_only(SyntaxError("plain")))


def where():
    return traceback.extract_stack()

stack = where()
print(stack[-1].name, stack[-2].name if len(stack) > 1 else None, [f.name for f in stack][-2:])
print("".join(traceback.format_stack(limit=1)))


def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    recurse(n - 1)

try:
    recurse(10)
except RecursionError:
    print(traceback.format_exc())

te = traceback.TracebackException.from_exception(ValueError("te"))
print(list(te.format()), str(te), te.exc_type.__name__)
try:
    traceback.print_exception(ValueError("x"), None)
except ValueError as e:
    print("ValueError", e)
out = io.StringIO()
traceback.print_exception(ValueError("to a file"), file=out)
print(repr(out.getvalue()))
import linecache
print(repr(linecache.getline(__file__, 1)), linecache.getline(__file__, 10**6) == "", linecache.getline("<string>", 1) == "")
