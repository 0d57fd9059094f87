# range: lengths, negative steps, indexing, slicing, containment, equality, repr.
for r in (range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0)):
    print(r, len(r), list(r))
r = range(0, 20, 3)
print(r[0], r[-1], r[2:5], r[::-1], list(r[::2]), 9 in r, 10 in r, r.index(9), r.count(6))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 2, 2) == range(1, 3, 3))
print(list(range(-5, 5, 4)), list(range(-1, -10, -3)), sum(range(10 ** 6)))
big = range(10 ** 20)
print(len(range(0, 10 ** 6, 7)), big[-1], 10 ** 19 in big)
print(range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step)
print(reversed(range(3)).__class__.__name__ if False else list(reversed(range(3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
