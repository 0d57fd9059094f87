# copy.copy and copy.deepcopy of built-in values: identity of atomic ones, sharing, cycles, memo
import copy
import collections

def f():
    pass

for x in [None, 1, 2.5, True, 'str', b'by', (1, 2), frozenset({1}), range(3), slice(1, 2), int, f, len, ..., NotImplemented]:
    print(x.__name__ if x in (f, int) else repr(x), copy.copy(x) is x, copy.deepcopy(x) is x)

inner = [1, 2]
outer = [inner, inner, {'k': inner}]
sh = copy.copy(outer)
print(sh == outer, sh is outer, sh[0] is inner)
dp = copy.deepcopy(outer)
print(dp == outer, dp[0] is inner, dp[0] is dp[1], dp[2]['k'] is dp[0])
d = {'a': [1], 'b': {2, 3}}
dd = copy.deepcopy(d)
print(dd, dd['a'] is d['a'], dd['b'] is d['b'], type(dd['b']).__name__)
s = {1, 2, (3, 4)}
print(sorted(copy.copy(s), key=str), copy.copy(s) is s, copy.deepcopy(s) == s)
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs, type(copy.deepcopy(fs)).__name__)

# tuples: a deep copy is the same tuple unless an item had to be copied
t1 = (1, 'a', (2, 3))
t2 = (1, [2])
print(copy.deepcopy(t1) is t1, copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)

# cycles
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[0], b[1] is b, b is a)
dcy = {}
dcy['self'] = dcy
print(copy.deepcopy(dcy)['self'] is not dcy)
c = [[]]
tc = (c, c)
c[0].append(tc)
tcc = copy.deepcopy(tc)
print(tcc[0] is tcc[1], tcc[0][0][0] is tcc)

# memo: what was copied, by id, and the originals kept alive
memo = {}
x = [1, [2]]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, memo[id(x[1])] is y[1], memo[id(memo)][0] is x[1])
print(copy.deepcopy(x, memo) is y)
z = copy.deepcopy([x, x[1]], {id(x): 'replaced'})
print(z)

# collections
dq = collections.deque([1, [2]], maxlen=5)
for r in (copy.copy(dq), copy.deepcopy(dq)):
    print(r, r.maxlen, r[1] is dq[1])
ddict = collections.defaultdict(list, {'x': [1]})
for r in (copy.copy(ddict), copy.deepcopy(ddict)):
    print(r, r['x'] is ddict['x'], r.default_factory is list)
od = collections.OrderedDict([('b', [1]), ('a', 2)])
for r in (copy.copy(od), copy.deepcopy(od)):
    print(r, type(r).__name__, r['b'] is od['b'])
cnt = collections.Counter('abracadabra')
print(sorted(copy.deepcopy(cnt).items()), type(copy.copy(cnt)).__name__)
P = collections.namedtuple('P', 'x y')
p = P([1], 2)
print(copy.copy(p) is p, copy.deepcopy(p), copy.deepcopy(p).x is p.x)

# bound methods
class K:
    def m(self):
        return self
k = K()
mc = copy.copy(k.m)
md = copy.deepcopy(k.m)
print(mc() is k, md() is k, type(md).__name__, md.__func__ is K.m)
print(copy.deepcopy(K) is K)
print(type(k.m)(K.m, 5)(), type(k.m)(len, [1, 2])())
for args in [(), (len,), (1, 2), (len, None)]:
    try:
        type(k.m)(*args)
    except TypeError as e:
        print(type(e).__name__, e)
