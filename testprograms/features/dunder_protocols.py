class Idx:
    def __index__(self): return 2
l = [10, 20, 30, 40]

for f in (lambda: l[Idx()], lambda: "abc"[Idx()], lambda: range(10)[Idx()], lambda: l[Idx():], lambda: (1,2,3)[Idx()]):
    try: print(f())
    except TypeError as e: print("TE", e)
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(Num()), float(Num()))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
it = iter(Seq()); print(next(it), next(it), next(it), next(it, "done"))
class Len:
    def __len__(self): return 0
print(bool(Len()), len(Len()), "falsy" if not Len() else "truthy")
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "x"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "Cmp(%d)" % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(4), Cmp(2)), Cmp(1) > Cmp(0))
class Contains:
    def __iter__(self): return iter([1, 2])
print(2 in Contains(), 3 in Contains())
class GetAttr:
    def __getattr__(self, name):
        if name == "secret": return 42
        raise AttributeError(name)
g = GetAttr(); print(g.secret, hasattr(g, "other"), getattr(g, "other", "dflt"))
class SetAttr:
    def __setattr__(self, name, value):
        print("setting", name, value)
        object.__setattr__(self, name, value)
s = SetAttr(); s.x = 1; print(s.x)
class Hashy:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return self.v == o.v
print(len({Hashy(1), Hashy(1), Hashy(2)}), hash(Hashy(5)))
class Call:
    def __call__(self, x, *, y=1): return x + y
print(Call()(1), Call()(1, y=5))
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
class Rop:
    def __radd__(self, o): return "radd %r" % (o,)
    def __rmul__(self, o): return "rmul"
    def __rsub__(self, o): return "rsub"
print(1 + Rop(), "s" + Rop(), [1] * Rop(), 5 - Rop())
class Both:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "both radd"
try:
    print(Both() + Both())
except TypeError as e:
    print("TypeError:", e)
print(1 + Both())
try:
    Both() - 1
except TypeError as e:
    print("TypeError:", e)
class RoundMe:
    def __round__(self, n=None): return ("round", n)
print(round(RoundMe()), round(RoundMe(), 2))
class Fmt:
    def __format__(self, spec): return "F[" + spec + "]"
print(format(Fmt(), "x"), "{:>3}".format(Fmt()), f"{Fmt():q}")
class DivMod:
    def __divmod__(self, o): return "dm"
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __matmul__(self, o): return "matmul"
print(divmod(DivMod(), 1), DivMod() ** 2, pow(DivMod(), 2, 3), DivMod() @ 1)
