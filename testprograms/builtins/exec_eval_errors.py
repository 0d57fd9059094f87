# compile(), exec() and eval(): argument errors and syntax errors, with CPython's messages
g = {}
exec("", g)
print(type(g["__builtins__"]))
cases = [
    'exec("x=1", [])', 'exec("x=1", {}, [])', 'eval(5)', 'exec(5)', 'compile("x", "f", "bad")',
    'compile("x\\0", "f", "exec")', 'eval("x\\0")', 'compile("x", "f", "exec", 0x1)', 'eval("1", {}, 5)',
    'eval("1", 5)', 'compile("1\\n2\\n", "f", "single")', 'compile("  1", "f", "eval")', 'eval(" \\n 3")',
    'exec(1, 2, 3, 4)', 'exec()', 'eval()', 'eval(1, 2, 3, 4)', 'compile()', 'compile(1, 2)',
    'exec("1", closure=5)', 'eval("1", x=3)', 'compile("1", "f", "exec", foo=1)', 'exec("x=1", {}, 5)',
    'compile("x", 5, "exec")', 'compile("x", "f", 5)', 'compile(compile("1", "f", "eval"), "f", "eval")',
    'exec("def f(:")', 'exec("x = (1,")', 'compile("if x:\\npass", "blk", "exec")', 'eval("x = 1")',
    'compile("x", "f", "exec", optimize=7)', 'eval("undefined_name")', 'exec("1/0")',
]
for src in cases:
    try:
        print(src, "->", eval(src))
    except SyntaxError as e:
        print(src, "->", type(e).__name__, e, e.filename, e.lineno, e.offset, repr(e.text))
    except Exception as e:
        print(src, "->", type(e).__name__, e)


def outer():
    z = 1

    def inner():
        return z
    return inner


exec(outer.__code__)
for run in (exec, eval):
    try:
        run(outer().__code__)
    except TypeError as e:
        print(run.__name__, type(e).__name__, e)
