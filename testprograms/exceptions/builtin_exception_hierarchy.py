# The built-in exception hierarchy: which handler catches what.
cases = [
    ("ZeroDivisionError", lambda: 1 // 0),
    ("IndexError", lambda: [][1]),
    ("KeyError", lambda: {}["x"]),
    ("AttributeError", lambda: None.x),
    ("TypeError", lambda: len(5)),
    ("ValueError", lambda: int("x")),
    ("NameError", lambda: undefined),
    ("OverflowError", lambda: 2.0 ** 5000),
    ("StopIteration", lambda: next(iter([]))),
    ("AssertionError", lambda: exec_assert()),
    ("RecursionError", lambda: recurse()),
    ("UnboundLocalError", lambda: unbound()),
]
def exec_assert():
    assert 1 == 2, "numbers differ"
def recurse():
    return recurse()
def unbound():
    v = v + 1
for name, fn in cases:
    try:
        fn()
    except Exception as e:
        chain = [k.__name__ for k in type(e).__mro__]
        print(name, "->", " > ".join(chain))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError))
print(issubclass(bool, int), issubclass(UnboundLocalError, NameError))
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("caught via RuntimeError:", repr(e))
