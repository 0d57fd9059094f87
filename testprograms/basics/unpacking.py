# Tuple, list and starred unpacking; swaps; nested targets; errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcdef"
print(h, mid, t)
x, *y = [1]
print(x, y)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
p = q = r = 7
print(p, q, r)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *(4, 5)], (*"hi",), {*[1, 1, 2]})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
