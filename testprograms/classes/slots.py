# __slots__: member descriptors, no __dict__, inheritance, conflicts and errors.
import sys
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, P.x, type(P.x).__name__, P.__slots__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    pass
q = Q(2); q.z = 5; print(q.z, q.__dict__, q.x)
class R(P):
    __slots__ = 'w'
r = R(3); r.w = 4; print(r.w, r.x)
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class S:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class D:
    __slots__ = ('a', '__dict__')
d = D(); d.a = 1; d.b = 2; print(d.a, d.b, d.__dict__)
try:
    class M(P, R): pass
except TypeError as e: print("TypeError:", e)
class E: __slots__ = ()
try:
    E().x = 1
except AttributeError as e: print("AttributeError:", e)
print(P.x.__name__, repr(P.x)[:22])
class N:
    __slots__ = ['a']
n = N(); n.a = [n]; del n
import gc; print(gc.collect())
try:
    P.x.__get__(5)
except TypeError as e: print("TypeError:", e)


class Pair(tuple):
    __slots__ = ()

    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    first = property(lambda self: self[0])


pr = Pair(1, 2)
print(pr, pr.first, hasattr(pr, "__dict__"))
try:
    pr.other = 1
except AttributeError as e:
    print("AttributeError:", e)


class Vec:
    __slots__ = ["x", "y"]

    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


v = Vec3(1, 2, 3)
v.x += 10
print(v, v.z, v.norm2, [getattr(v, n) for n in ("x", "y", "z")], hasattr(v, "w"))
setattr(v, "y", 7)
delattr(v, "z")
print(v, hasattr(v, "z"), Vec3.__slots__, Vec.y.__objclass__.__name__)
node = Vec(None, None)
node.x = node
del node
print(gc.collect())
