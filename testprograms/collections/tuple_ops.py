# Tuples: packing, singletons, immutability, methods, comparison, hashing.
t = 1, 2, 3
print(t, type(t), len(t), t[0], t[-1], t[1:])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
print(t + (4,), t * 2, (0,) * 3, 2 in t, t.index(3), (1, 1, 2).count(1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
a, (b, c) = 1, (2, 3)
print(a, b, c)
print(tuple(x * x for x in range(4)), max((3, "c"), (3, "d")), sorted([(2, "b"), (1, "z"), (2, "a")]))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print("AttributeError:", e)
print(repr((1,)), repr(((),)), str((None, "s")))
