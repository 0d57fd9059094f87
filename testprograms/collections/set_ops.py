# set and frozenset operations (ints only, so order is stable; printed via sorted otherwise).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({7}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s), 3 in s)
s.update([5, 6], {7})
s.discard(100); s.discard(1)
s.remove(5)
print(s)
print(s.pop() in {3, 6, 7}, len(s))
c = a.copy(); c.clear(); print(c, a)
a |= {10}; a &= {1, 2, 10}; a -= {2}; a ^= {1, 99}
print(sorted(a))
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, type(fs | {9}), type({9} | fs), frozenset() == set())
print({fs: "hashable"}[frozenset({1, 2, 3})], hash(fs) == hash(frozenset({1, 2, 3})))
print(sorted({"pear", "apple", "fig"}), set("aabbc") == {"a", "b", "c"})
print({x % 3 for x in range(10)}, set(), repr(set()), frozenset())
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError:", e)
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
