# collections.namedtuple: fields, _make, _asdict, _replace, defaults, rename, the errors
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), p < Point(1, 3), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__, Point.x.__doc__)
print(Point._make([3, 4]), Point._make(range(2)), p._asdict(), p._replace(x=10))
print(p + (3,), p * 2, p[:1], p.count(1), p.index(2), sorted([Point(2, 1), Point(1, 5)]))
print(p.__getnewargs__(), Point(x=5, y=6), {p: "point"}[Point(1, 2)])
Color = namedtuple("Color", "red, green blue", defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color.__doc__)
R = namedtuple("R", ["abc", "def", "abc", "_x", "2a", "ok"], rename=True)
print(R._fields)
attempt("missing", lambda: Point(1))
attempt("missing 2", lambda: Point())
attempt("missing 3", lambda: namedtuple("T3", "a b c")())
attempt("too many", lambda: Point(1, 2, 3))
attempt("too many with defaults", lambda: Color(1, 2, 3, 4))
attempt("defaults missing", lambda: Color())
attempt("twice", lambda: Point(1, x=2))
attempt("unexpected", lambda: Point(1, z=2))
attempt("make short", lambda: Point._make([1]))
attempt("replace bad", lambda: p._replace(z=3))
attempt("keyword", lambda: namedtuple("K", "for x"))
attempt("identifier", lambda: namedtuple("K", "x 1y"))
attempt("bad typename", lambda: namedtuple("my-type", "x"))
attempt("underscore", lambda: namedtuple("K", "_x"))
attempt("duplicate", lambda: namedtuple("K", "x x"))
attempt("defaults", lambda: namedtuple("K", "x", defaults=[1, 2]))
attempt("index", lambda: p[2])
E = namedtuple("E", "")
print(E(), E._fields, len(E()))


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)


v = Vector(3, 4)
print(v, abs(v), v + Vector(1, 1), Vector._make([0, 1]), v._replace(y=0))
print(namedtuple("M", "a", module="mymod").__module__)
print([Point(i, i * i) for i in range(3)])
