# isinstance, issubclass, type, callable, with tuples of types and bool/int relations.
vals = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, None, True, range(2), len]
for v in vals:
    print(repr(v) if not callable(v) else "len", type(v).__name__, isinstance(v, (int, float)), callable(v))
print(isinstance(True, int), isinstance(1, bool), type(True) == int, isinstance(None, type(None)))
print(issubclass(bool, (str, int)), issubclass(int, int), issubclass(list, object))
print(isinstance(int, type), isinstance(type, type), type(type).__name__, type(int).__name__)
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), type(B()) is B)
print(type(A()).__name__, type(A).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(type("x")("abc"), type(5)("42"), type([])((1, 2)))
