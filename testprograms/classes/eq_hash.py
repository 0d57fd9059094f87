# __eq__ and __hash__: defining __eq__ alone makes instances unhashable; dict/set use both.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        print("  __eq__", (self.x, self.y), "vs", (other.x, other.y))
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
p1, p2, p3 = Point(1, 2), Point(1, 2), Point(2, 1)
print(p1 == p2, p1 is p2, p1 != p3)
s = {p1}
print(p2 in s, len({p1, p2, p3}))
d = {p1: "one"}
print(d[p2])
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
class Const:
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Const)
print(hash(Const()), len({Const(), Const()}), Const() in [Const()])
class Reflect:
    def __eq__(self, other):
        print("  Reflect.__eq__ called")
        return NotImplemented
print(Reflect() == 1, 1 == Reflect(), Reflect() != Reflect())
print([1, p1] == [1, p2])
print(p1 in [p3, p2])
