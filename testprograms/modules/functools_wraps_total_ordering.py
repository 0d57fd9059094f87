# functools.wraps / update_wrapper copy the wrapped function's metadata; total_ordering
import functools

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kw):
        """the wrapper's own doc"""
        print("calling", f.__name__, args, kw)
        return f(*args, **kw)
    return wrapper

@logged
def area(w: int, h: int = 2) -> int:
    """Area of a rectangle."""
    return w * h

print(area(3), area(3, h=5))
print(area.__name__, area.__qualname__, area.__doc__, area.__module__)
print(area.__annotations__, area.__wrapped__(4), area.__dict__.keys())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def original():
    pass
original.tag = "kept"
def plain():
    "plain doc"
r = functools.update_wrapper(plain, original)
print(r is plain, plain.__name__, plain.__doc__, plain.tag, plain.__wrapped__ is original)
def limited():
    pass
functools.update_wrapper(limited, original, assigned=("__doc__",), updated=())
print(limited.__name__, limited.__doc__, hasattr(limited, "tag"))
functools.update_wrapper(limited, len)
print(limited.__name__, limited.__wrapped__ is len)

class Outer:
    def __repr__(self):
        return "Outer()"
    @logged
    def method(self, x):
        return x + 1
print(Outer().method(1), Outer.method.__qualname__)

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([b, a, Version(0, 9)]), max(a, b), Version.__gt__.__name__, Version.__le__.__name__)
t(lambda: a > 1)
t(lambda: a <= "x")

@functools.total_ordering
class Rank:
    def __init__(self, n): self.n = n
    def __gt__(self, other): return self.n > other.n
print(Rank(1) < Rank(2), Rank(2) <= Rank(2), Rank(3) >= Rank(4), "__lt__" in Rank.__dict__)

@functools.total_ordering
class ByLe:
    def __init__(self, n): self.n = n
    def __le__(self, other): return self.n <= other.n
    def __eq__(self, other): return self.n == other.n
print(ByLe(1) < ByLe(2), ByLe(2) > ByLe(2), ByLe(3) >= ByLe(1))

class Nothing:
    pass
t(functools.total_ordering, Nothing)
