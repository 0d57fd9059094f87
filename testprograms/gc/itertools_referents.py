# itertools objects as the collector sees them: tracked, and what they refer to, in CPython's order
import gc
import itertools as I

print(gc.collect())
def names(obj):
    return [type(r).__name__ for r in gc.get_referents(obj)]

def key(v):
    return v

items = [1, 2, 3]
for it in [I.chain(items), I.cycle(items), I.repeat(items), I.count(1.5), I.accumulate(items, max, initial=0),
           I.compress(items, items), I.dropwhile(key, items), I.takewhile(key, items),
           I.filterfalse(key, items), I.starmap(key, items), I.islice(items, 2), I.pairwise(items),
           I.zip_longest(items, 'ab', fillvalue=0), I.product(items, 'ab'), I.permutations(items),
           I.combinations(items, 2), I.combinations_with_replacement(items, 2), I.groupby(items, key)]:
    print(type(it).__name__, gc.is_tracked(it), names(it))
    next(it)
    print('  after next', names(it))
gb = I.groupby('aab')
k, g = next(gb)
print(names(gb), names(g))
a, b = I.tee(iter(items))
print(names(a), gc.is_tracked(a))
data = gc.get_referents(a)[0]
print(type(data).__name__, names(data))
next(a), next(a)
print(names(data))
list(a)
print(names(data), names(b) == names(a))
c = I.chain.from_iterable([items])
print(names(c))
next(c)
print(names(c))
list(c)
print(names(c))
