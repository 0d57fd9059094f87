# The special methods of built-in types as attributes: slot wrappers, method-wrappers, __new__.
print(int.__add__(1, 2), (5).__add__(3), (5).__radd__(3), int.__sub__(10, 4), (7).__rsub__(10))
print(int.__add__(1, "a"), (2.5).__mul__(2), float.__rtruediv__(2.0, 1), (-5).__abs__(), (5).__neg__())
print(int.__lt__(1, 2), (3).__eq__(3), (3).__eq__("3"), "abc".__len__(), "abc".__getitem__(1), "b".__add__("c"))
print([1, 2].__len__(), [1, 2].__contains__(2), list.__getitem__([4, 5], -1), (1, 2).__hash__() == hash((1, 2)))
d = {}
dict.__setitem__(d, "k", 1)
d.__setitem__("j", 2)
d.__delitem__("k")
print(d, dict.__getitem__(d, "j"), d.__len__(), d.__contains__("j"), {1: 2}.__eq__({1: 2}), {1}.__len__())
l = [3, 1]
list.__init__(l, "xy")
print(l, list.__iadd__(l, [9]), l, l.__mul__(2), [0].__rmul__(3), repr(object.__eq__(1, 2)), object.__ne__(1, 1))
print(str(int.__add__), str(list.__len__), str(object.__init__), str(dict.__setitem__))
print(repr(int.__bool__(0)), float.__bool__(0.5), int.__repr__(10), str.__repr__("q"), object.__repr__(None)[:13])
print(int.__new__(int, "12"), float.__new__(float, "1.5"), str.__new__(str, 4), tuple.__new__(tuple, "ab"))
print(list.__new__(list, [1, 2]), dict.__new__(dict), object.__str__(7), object.__hash__(None) == hash(None))
print(hasattr(int, "__add__"), hasattr(list, "__add__"), hasattr(dict, "__add__"), hasattr(str, "__iter__"))
print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__ is not None, int.__hash__(-1))
print(range(5).__len__(), range(3).__contains__(2), range(10).__getitem__(3), set.__or__({1}, {2}))
for bad in (lambda: int.__add__("a", 1), lambda: int.__add__(1), lambda: (1).__add__(1, 2),
            lambda: int.__new__(str), lambda: int.__new__(5), lambda: object.__new__(list),
            lambda: dict.__setitem__({}, 1), lambda: list.__init__([], 1, 2), lambda: int.__new__()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, A) and self.v == other.v

    __hash__ = object.__hash__


print(A(1) == A(1), A(1) != A(1), A(1) != A(2), object.__eq__(A(1), A(1)), hash(A(3)) == object.__hash__(A(3)) or True)
a = object.__new__(A)
a.v = 5
print(a.v, type(a).__name__, object.__repr__(a).startswith("<__main__.A object at"))
for base in (bool, range, type(None), type(len), slice):
    try:
        class X(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
for bases in ((list, dict), (int, str), (list, tuple)):
    try:
        X = type("X", bases, {})
    except TypeError as e:
        print("TypeError:", e)


class Both(ValueError, KeyError):
    pass


print(Both.__mro__[1].__name__, isinstance(Both("x"), LookupError), repr(Both("x")))


class Quiet:
    def __new__(cls, *args):
        return object.__new__(cls)


print(type(Quiet(1, 2)).__name__)
for make in (lambda: A(), lambda: object(1), lambda: Quiet.__new__(Quiet) and type("T", (), {})(1)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
