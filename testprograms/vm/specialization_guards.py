# Each loop runs an instruction often enough for the specializing interpreter to rewrite it,
# then changes what it sees, so that the specialized form's guard fails and it goes back.

class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def read_x(objs):
    out = []
    for o in objs:
        out.append(o.x)            # LOAD_ATTR
    return out

ps = [P(i) for i in range(40)]
print(sum(read_x(ps)))
q = P(100)
q.__dict__                         # the instance now has a real dict
print(read_x(ps[:3] + [q]))

class Q:
    x = 'class attribute'
print(read_x([Q(), Q()]))

# a class attribute appears that is a data descriptor: the instance value is shadowed
print(read_x(ps[:2]))
P.x = property(lambda self: 'property')
print(read_x(ps[:2]))
del P.x
print(read_x(ps[:2]))

# methods: the class changes under a specialized LOAD_METHOD
def call_get(objs):
    return [o.get() for o in objs]
print(sum(call_get(ps)))
P.get = lambda self: -self.x
print(sum(call_get(ps)))
ps[0].get = lambda: 'own attribute'
print(call_get(ps[:2]))

# a __getattr__ / __getattribute__ added to the class later
class R:
    def __init__(self):
        self.a = 1
def read_a(objs):
    return [o.a for o in objs]
rs = [R() for _ in range(30)]
print(sum(read_a(rs)))
R.__getattribute__ = lambda self, name: 'hooked ' + name
print(read_a(rs[:2]))

# STORE_ATTR: a __setattr__ arrives, and a slot-only class
def set_b(objs, v):
    for o in objs:
        o.b = v
set_b(rs, 5)
print(rs[0].__dict__ if False else object.__getattribute__(rs[0], 'b'))
def hook(self, name, value):
    object.__setattr__(self, name, value * 2)
R.__setattr__ = hook
set_b(rs, 5)
print(object.__getattribute__(rs[0], 'b'))

# modules: an attribute replaced, then a non-module
import math
def sqrts(m, n):
    return [m.sqrt(i) for i in range(n)]
print(sum(sqrts(math, 20)))
class FakeMath:
    @staticmethod
    def sqrt(x):
        return -x
print(sum(sqrts(FakeMath, 5)))
print(sum(sqrts(math, 5)))

# built-in methods on changing types
def appender(seq, n):
    for i in range(n):
        seq.append(i)
    return seq
print(len(appender([], 50)))
class MyList(list):
    def append(self, x):
        list.append(self, -x)
print(appender(MyList(), 4))

# arithmetic: ints that overflow to big ints, floats, strs, then mixed
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
for i in range(30):
    add(i, i)
    mul(i, i)
print(add(2**62, 2**62), mul(2**40, 2**40), add(-2**63, -1))
print(add(1.5, 2.25), add('ab', 'cd'), add([1], [2]), add(True, True), mul('x', 3))
print(add(1, 2.5), mul(2.5, 2))

# comparisons fused with jumps
def count_less(values, limit):
    n = 0
    for v in values:
        if v < limit:
            n += 1
    return n
print(count_less(list(range(100)), 50), count_less([1.5, 2.5, 99.0], 2.0), count_less([2**70, -2**70], 0))
print(count_less(['a', 'b', 'c'], 'b'))
def count_eq(values, x):
    n = 0
    for v in values:
        if v == x:
            n += 1
    return n
print(count_eq(['a', 'b', 'a'] * 10, 'a'), count_eq([1, 2, 1], 1), count_eq([1.0, 2], 1))

# subscripts: list, tuple, dict, then others and errors
def first(c, k):
    return c[k]
for i in range(30):
    first([1, 2, 3], 1)
    first((1, 2, 3), -1)
    first({'k': i}, 'k')
print(first([1, 2, 3], -1), first('abc', 1), first((4, 5), 1), first({1: 'one'}, 1), first(range(10), 3))
try:
    first([1, 2], 5)
except IndexError as e:
    print('IndexError', e)
try:
    first({}, 'missing')
except KeyError as e:
    print('KeyError', e)
class D(dict):
    def __missing__(self, key):
        return 'missing ' + key
print(first(D(), 'x'))
def store(c, k, v):
    c[k] = v
    return c
for i in range(30):
    store([0, 0], 1, i)
    store({}, 'k', i)
print(store([0, 0], -1, 9), store({}, 'a', 1), store(bytearray(2) if False else [5], 0, 7))

# iteration over lists, ranges, then other iterators
def total(it):
    t = 0
    for x in it:
        t += x
    return t
for i in range(20):
    total([1, 2, 3])
    total(range(5))
print(total([1, 2, 3]), total(range(10)), total((1, 2)), total({4: 0, 5: 0}), total(x for x in range(4)))

# unpacking
def swap(pair):
    a, b = pair
    return b, a
for i in range(30):
    swap((i, -i))
print(swap((1, 2)), swap([3, 4]), swap('xy'), swap(iter((5, 6))))
try:
    swap((1, 2, 3))
except ValueError as e:
    print('ValueError', e)
