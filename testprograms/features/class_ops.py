class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return "V(%r)" % self.x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    __radd__ = __add__
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    def __rmul__(self, k): return V(k * self.x)
    def __truediv__(self, k): return V(self.x / k)
    def __floordiv__(self, k): return V(self.x // k)
    def __mod__(self, k): return V(self.x % k)
    def __pow__(self, k): return V(self.x ** k)
    def __lshift__(self, k): return V(self.x << k)
    def __rshift__(self, k): return V(self.x >> k)
    def __and__(self, k): return V(self.x & k)
    def __or__(self, k): return V(self.x | k)
    def __xor__(self, k): return V(self.x ^ k)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __le__(self, o): return self.x <= o.x
    def __hash__(self): return hash(self.x)
    def __iadd__(self, o):
        self.x += o.x if isinstance(o, V) else o
        return self
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(3) - V(1), V(2) * 3, 3 * V(2), V(7) / 2, V(7) // 2, V(7) % 4, V(2) ** 3)
print(V(1) << 3, V(16) >> 2, V(6) & 3, V(6) | 1, V(6) ^ 2, V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), V(1) >= V(1))
print(sum([V(1), V(2), V(3)]), sum([V(1)], V(10)), sorted([V(3), V(1)]), max(V(1), V(5)), V(1) in [V(0), V(1)], {V(1): "a"}[V(1)])
v = V(1); w = v; v += 5; print(v, w, v is w)
class Ordered:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "O%d" % self.v
print(Ordered(1) < Ordered(2), sorted([Ordered(2), Ordered(1)]))
class NoOps: pass
for op in [lambda: NoOps() + 1, lambda: 1 + NoOps(), lambda: NoOps() < NoOps(), lambda: NoOps() * 2, lambda: -NoOps(), lambda: NoOps() @ 1, lambda: abs(NoOps())]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
print(NoOps() == NoOps(), NoOps() != NoOps(), NoOps() is not None)
class Base:
    def __eq__(self, o): return "Base.eq"
class Sub(Base):
    def __eq__(self, o): return "Sub.eq"
print(Base() == Sub(), Sub() == Base(), 1 == Sub())
class RAdd:
    def __radd__(self, o): return "RAdd.radd"
class LAdd:
    def __add__(self, o): return NotImplemented
print(LAdd() + RAdd())
class SubInt:
    def __init__(self): self.log = []
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "reflected gt"
print(SubInt() < SubInt())
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o
print(Cmp(1) == 1, 1 == Cmp(1), Cmp(1) != 1, [Cmp(2)] == [2], Cmp(3) in [1, 2, 3])
class Contains:
    def __contains__(self, x): return x  # truthiness is used
print(1 in Contains(), 0 in Contains(), "" in Contains(), "a" not in Contains())
class Index:
    def __getitem__(self, key): return key
i = Index()
print(i[1], i[1:2], i[1:2:3], i[::], i[1, 2], i["k"], i[...], i[:, 1])
class Store:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
s = Store(); s[1] = "a"; s[2:3] = "b"; s[1, 2] = "c"; del s[1]; print(s.d)
class Bools:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Bools()), not Bools(), len(Bools()), "yes" if Bools() else "no")
class Iterless:
    __iter__ = None
try:
    iter(Iterless())
except TypeError as e:
    print("TypeError:", e)
