# itertools: what each iterator still holds once exhausted, and that deleting it releases everything
import itertools as I
import sys

x = "".join(["ob", "ject"])
base = sys.getrefcount(x)

def held(name, make):
    it = make([x, x])
    list(it)
    after = sys.getrefcount(x) - base
    del it
    print(name, after, sys.getrefcount(x) - base)

held('chain', lambda s: I.chain(s, s))
held('from_iterable', lambda s: I.chain.from_iterable([s]))
held('islice', lambda s: I.islice(s, 1, None))
held('accumulate', lambda s: I.accumulate(s, lambda a, b: b))
held('compress', lambda s: I.compress(s, [1, 0]))
held('dropwhile', lambda s: I.dropwhile(lambda v: False, s))
held('takewhile', lambda s: I.takewhile(lambda v: True, s))
held('filterfalse', lambda s: I.filterfalse(None, s))
held('groupby', lambda s: I.groupby(s))
held('pairwise', lambda s: I.pairwise(s))
held('starmap', lambda s: I.starmap(lambda v: v, [(v,) for v in s]))
held('zip_longest', lambda s: I.zip_longest(s, [1], fillvalue=x))
held('product', lambda s: I.product(s, repeat=2))
held('permutations', lambda s: I.permutations(s))
held('combinations', lambda s: I.combinations(s, 1))
held('cwr', lambda s: I.combinations_with_replacement(s, 2))
held('tee', lambda s: I.tee(s)[0])
held('cycle-islice', lambda s: I.islice(I.cycle(s), 5))
held('repeat', lambda s: I.repeat(s[0], 3))

r = I.repeat(x)
print(sys.getrefcount(x) - base, next(r) is x, sys.getrefcount(x) - base)
del r
print(sys.getrefcount(x) - base)
c = I.count(x and 5, 2)
k = I.count(1.5)
print(next(c), next(k), repr(c))
del c, k
cy = I.cycle([x])
print(next(cy) is x, next(cy) is x, sys.getrefcount(x) - base)
del cy
print(sys.getrefcount(x) - base)
gb = I.groupby([x, x, 'y'])
k, g = next(gb)
print(sys.getrefcount(x) - base)
del k, gb
print(list(g) == [x, x], sys.getrefcount(x) - base)
del g
print(sys.getrefcount(x) - base)
a, b = I.tee(iter([x] * 100))
print(next(a) is x, sys.getrefcount(x) - base)
list(a)
print(sys.getrefcount(x) - base)
del a
print(sys.getrefcount(x) - base)
del b
print(sys.getrefcount(x) - base)
t = (x,)
p = I.product(t, t)
first = next(p)
print(first == (x, x), sys.getrefcount(x) - base, list(p))
del p, first, t
z = I.zip_longest([x], [x, x])
list(z)
print(sys.getrefcount(x) - base)
del z
print(sys.getrefcount(x) - base)
