# Rich comparisons: reflected operands, NotImplemented fallbacks, subclass priority.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        print("  %r.__eq__(%r)" % (self, other))
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        print("  %r.__lt__(%r)" % (self, other))
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        print("  %r.__le__(%r)" % (self, other))
        return self.parts <= other.parts
a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(a > b)
print(b >= a)
print(a == Version(1, 2), a != b)
print(a == "1.2")
try:
    print(a < 5)
except TypeError as e:
    print("TypeError:", e)
class Special(Version):
    def __gt__(self, other):
        print("  Special.__gt__")
        return True
    def __eq__(self, other):
        print("  Special.__eq__")
        return True
print(a < Special(0))
print(a == Special(9))
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(max(Version(3), Version(1)))
