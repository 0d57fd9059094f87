s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 not in s)
s.add(4); s.discard(10); s.remove(1); print(sorted(s))
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3}; b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= b, {2} <= a, {2} < a, a < a, a >= {1}, a > a, a.issubset(range(5)), a.issuperset([1]), a.isdisjoint({7}))
c = a.copy(); c.update([10], (11,)); print(sorted(c))
c.intersection_update({1, 10}); print(sorted(c))
c.difference_update({1}); print(sorted(c))
c.symmetric_difference_update({10, 20}); print(sorted(c))
print(c.pop(), c)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c.clear(); print(c, set(), frozenset(), set([1, 1, 2]) == {1, 2})
f = frozenset([1, 2]); print(f, sorted(f | {3}), type(f | {3}).__name__, type({3} | f).__name__)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {f: 1}[frozenset([2, 1])])
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
x = {1, 2}; x |= {3}; x &= {2, 3}; x -= {2}; x ^= {5}; print(sorted(x))
print({1, 2} == frozenset([1, 2]), set("abc") == set("cba"), {1} != {2})
print({x * 2 for x in range(4)} == {0, 2, 4, 6})
print(repr({1}), repr(frozenset({1})), repr(set()), repr(frozenset()))
print(sorted({1, 2.0, True}), {1, 1.0})
