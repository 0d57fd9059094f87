# operator's functions are the operators themselves: user dunders and error messages included
import operator

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"]:
    f = getattr(operator, name)
    print(name, f(12, 5), f(7, 3), getattr(operator, "__" + name.rstrip("_") + "__") is f)
print(operator.add("ab", "cd"), operator.mul([1], 3), operator.truediv(1, 4), operator.pow(2, -1))
print(operator.neg(5), operator.pos(-2.5), operator.abs(-7), operator.invert(5), operator.inv(0))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print([f(1, 2) for f in (operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge)])
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.index(7), operator.length_hint([1, 2]))
print(operator.length_hint(iter(range(5))), operator.length_hint(5, 9), operator.call(max, 3, 9, key=None))
d = {"a": 1}
print(operator.getitem(d, "a"), operator.setitem(d, "b", 2), operator.delitem(d, "a"), d)
print(operator.getitem("hello", slice(1, 3)), operator.__getitem__([5, 6], -1))

class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __iadd__(self, o): self.x += 10 * o.x; return self
    def __lt__(self, o): return self.x < o
    def __neg__(self): return "neg"
    def __index__(self): return self.x
    def __len__(self): return 3
    def __repr__(self): return "V(%r)" % self.x
a = V(1)
print(operator.add(a, V(2)), operator.iadd(a, V(2)), a, operator.lt(a, 50), operator.gt(50, a))
print(operator.neg(a), operator.index(a), operator.length_hint(a), [1, 2, 3, 4][operator.index(V(2))])
lst = [1]
print(operator.iadd(lst, [2]) is lst, operator.iconcat(lst, (3,)), lst, operator.imul(lst, 2))
x = 5
print(operator.iadd(x, 1), x, operator.ipow(2, 10), operator.ifloordiv(7, 2), operator.imod(7, 2))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.ilshift(1, 4), operator.irshift(16, 2))
print(operator.isub(9, 4), operator.imul(3, 4), operator.itruediv(3, 4), operator.__isub__(1, 1))

t(operator.add, 1, "a")
t(operator.sub, [], 1)
t(operator.isub, [], 1)
t(operator.matmul, 1, 2)
t(operator.imatmul, 1, 2)
t(operator.truediv, 1, 0)
t(operator.lt, 1, "a")
t(operator.neg, "a")
t(operator.abs, "a")
t(operator.invert, 1.5)
t(operator.getitem, 1, 1)
t(operator.getitem, [1], 5)
t(operator.setitem, 1, 1, 2)
t(operator.concat, 1, 2)
t(operator.concat, [1], (2,))
t(operator.iconcat, 1, 2)
t(operator.indexOf, [1, 2], 3)
t(operator.countOf, 3, 3)
t(operator.contains, 3, 3)
t(operator.index, 3.0)
t(operator.length_hint, 3, "x")
t(operator.add, 1)
t(operator.pow, 2, 3, 4)
t(operator.not_, 1, 2)
t(lambda: operator.add(1, b=2))
t(lambda: operator.neg(x=1))
t(operator.call)
for a, b in [("a", 1), (b"a", 1), (b"a", b"b"), ((1,), [2]), (range(2), [1]), (V(1), [1]), ({}, [1])]:
    t(operator.concat, a, b)
    t(operator.iconcat, a, b)
print(operator.add, operator.__not__, operator.not_ is operator.__not__)
