class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x; self.y = y
        Point.count += 1
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return bool(self.x or self.y)
    def __neg__(self):
        return Point(-self.x, -self.y)
p = Point(1, 2); q = Point(3, 4)
print(p, p + q, p == Point(1, 2), p != q, p < q, p > q, sorted([q, p]), len(p), list(p), -p, bool(Point(0, 0)))
print({p: 1}[Point(1, 2)], Point.count, p.__dict__)
print(str(p), repr([p]), f"{p}", "%s" % p)
a, b = p; print(a, b)
class Base:
    def who(self): return "Base"
    def hello(self): return "hello from " + self.who()
class Derived(Base):
    def who(self): return "Derived"
    def hello(self): return super().hello() + "!"
print(Derived().hello(), isinstance(Derived(), Base), issubclass(Derived, Base), Derived.__bases__, Derived.__mro__)
print(Derived.__name__, type(Derived()).__name__, Base.who(Derived()))
class WithClassStuff:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return 42
    @p.setter
    def p(self, v): print("set", v)
w = WithClassStuff()
print(w.s(2), WithClassStuff.s(3), w.c(), WithClassStuff.c(), w.p)
w.p = 5
try:
    del w.p
except AttributeError as e:
    print("AttributeError:", e)
class NoRepr: pass
print(type(NoRepr()).__name__, NoRepr.__name__, NoRepr.__qualname__)
o = NoRepr(); o.attr = 1; print(o.attr, hasattr(o, "attr"), getattr(o, "nope", "dflt"))
del o.attr; print(hasattr(o, "attr"))
class Slots:
    def __init__(self): self.items = []
    def __contains__(self, x): return x == 5
    def __iter__(self): return iter([1, 2, 3])
    def __call__(self, *a): return a
print(5 in Slots(), 4 in Slots(), list(Slots()), Slots()(1, 2), callable(Slots()), callable(Slots), callable(1))
class Str:
    def __str__(self): return "STR"
print(Str(), str(Str()), [Str()] != [], repr(Str()).startswith("<__main__.Str object at"))
class Eq:
    def __eq__(self, o): return True
print(Eq() == 1, Eq() != 1, 1 == Eq())
try:
    hash(Eq())
except TypeError as e:
    print("TypeError:", e)
