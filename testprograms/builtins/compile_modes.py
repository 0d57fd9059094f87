# compile(): the three modes, code objects, flags and inheritance of `from __future__ import annotations`
import __future__

c = compile("a + 1", "<x>", "eval")
print(c.co_name, c.co_filename, c.co_names, eval(c, {"a": 41}))
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("if 1:\n  print('block')\n", "<s>", "single"))
exec(compile("x = 5\nx", "<s>", "exec"))
print(eval(compile("x = 7", "<s>", "exec"), {}))
m = compile("def f(a: int) -> str: pass\nclass K: v: list", "annot", "exec")
ns = {}
exec(m, ns)
print(ns["f"].__annotations__, ns["K"].__annotations__, hex(m.co_flags))
m = compile("def f(a: int) -> str: pass", "annot", "exec", __future__.annotations.compiler_flag)
exec(m, ns)
print(ns["f"].__annotations__, hex(m.co_flags))
m = compile("from __future__ import annotations\ndef f(a: undefined): pass", "annot", "exec")
exec(m, ns)
print(ns["f"].__annotations__, hex(m.co_flags))
print(compile("1", "f", "exec", dont_inherit=True).co_flags, compile("1", b"bytesname", "eval").co_filename)


class Path:
    def __fspath__(self):
        return "from_fspath.py"


print(compile("1", Path(), "eval").co_filename)
src = "# -*- coding: latin-1 -*-\ns = '\xe9'\n".encode("latin-1")
exec(compile(src, "latin", "exec"), ns)
print(ns["s"], len(ns["s"]))
fn = compile("def sq(n):\n    return n * n\n", "sq", "exec")
exec(fn, ns)
print(ns["sq"](9), ns["sq"].__code__.co_filename, ns["sq"].__code__.co_firstlineno)
print(type(compile("pass", "f", "exec")).__name__)
