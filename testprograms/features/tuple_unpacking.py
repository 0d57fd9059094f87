t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, 2 in t, t.index(2), t.count(1))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
a, b, c = t; print(a, b, c)
a, *b = t; print(a, b)
*a, b = t; print(a, b)
a, *b, c = (1, 2); print(a, b, c)
(a, b), c = (1, 2), 3; print(a, b, c)
for bad in [(1, 2, 3, 4), (1,), 5]:
    try:
        x, y, z = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    x, *y, z = (1,)
except ValueError as e:
    print("ValueError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 3}[(1, 2)])
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
print(((1, 2), (3,)), (1, "a", None, 2.5), repr((1,)))
print(max((1, 5, 3)), min((4, 2)), sum((1, 2)), sorted((3, 1, 2)))
print(tuple(x for x in range(3)), (1, 2) == (1, 2), (1, 2) != (1, 2.0))
x = 1, 2
print(x, type(x).__name__)
