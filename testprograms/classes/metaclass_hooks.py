# A metaclass in the manner of ABCMeta: registration through __instancecheck__ and
# __subclasscheck__, refusing abstract classes in __call__; __prepare__ giving a dict subclass
# whose __setitem__ runs for each name the class body binds; type.__new__ and type.__init__ errors.
class ABCish(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._registry = []
        abstracts = {n for n, v in ns.items() if getattr(v, "__isabstract__", False)}
        for b in bases:
            for n in getattr(b, "__abstracts__", ()):
                if getattr(cls, n, None) is not None and getattr(getattr(cls, n), "__isabstract__", False):
                    abstracts.add(n)
        cls.__abstracts__ = frozenset(abstracts)
        return cls
    def register(cls, sub):
        cls._registry.append(sub)
        return sub
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))
    def __subclasscheck__(cls, sub):
        if sub in cls._registry: return True
        return super().__subclasscheck__(sub)
    def __call__(cls, *a, **k):
        if cls.__abstracts__:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(sorted(cls.__abstracts__))}")
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<ABCish {cls.__name__}>"

def abstract(f):
    f.__isabstract__ = True
    return f

class Shape(metaclass=ABCish):
    @abstract
    def area(self): ...
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area(), Shape, Square, repr(Square))
print(isinstance(Square(2), Shape), isinstance(3, Shape), issubclass(int, Shape))
Shape.register(int)
print(isinstance(3, Shape), issubclass(int, Shape), issubclass(bool, Shape), isinstance(3, (str, Shape)))
print(type(Shape).__name__, Shape.__class__.__name__, ABCish.__base__.__name__)
print(sorted(Square.__abstracts__), sorted(Shape.__abstracts__))

class Counted(type):
    count = 0
    def __init__(cls, *a):
        super().__init__(*a)
        Counted.count += 1
class P(metaclass=Counted): pass
class Q(P): pass
class R(Q): pass
print(Counted.count, type(R) is Counted)
P.attr = 5
print(R.attr, vars(P).get("attr"))
del P.attr
print(hasattr(R, "attr"))

class NsDict(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate {k!r}")
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NsDict()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Ok(metaclass=Strict):
    a = 1
    b = a + 1
print(Ok.a, Ok.b, type(Ok).__name__)
try:
    class Dup(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(Ok, "a", "b")
except TypeError as e:
    print("TypeError:", e)
