# itertools: count, cycle, repeat (with islice to stop them), their reprs and length hints
import itertools as I
import sys

print(list(I.islice(I.count(), 5)))
print(list(I.islice(I.count(10, -3), 4)))
print(list(I.islice(I.count(2.5, 0.5), 4)))
print(list(I.islice(I.count(1, 0.25), 3)))
print(list(I.islice(I.count(True), 3)), list(I.islice(I.count(True, 2), 3)))
big = 10 ** 20
print(list(I.islice(I.count(big, big), 3)))
c = I.count(sys.maxsize - 1)
print(next(c), next(c), next(c), repr(c))
for args in [(), (5,), (5, 1), (5, 2), (1.5,), (1, 1.0), (True,), (1, True), (0, -1), (big, 3)]:
    print(args, repr(I.count(*args)))
c = I.count(3)
next(c)
print(repr(c), type(c).__name__, type(c).__module__)
print(repr(I.count(start=7, step=2)))

cy = I.cycle('abc')
print([next(cy) for i in range(8)])
print(list(I.islice(I.cycle([]), 3)))
g = (x * x for x in range(3))
print(list(I.islice(I.cycle(g), 7)))
cy = I.cycle(iter([1, 2]))
print(next(cy), next(cy), next(cy), next(cy))

print(list(I.repeat('ab', 3)), list(I.repeat(1, 0)), list(I.repeat(1, -2)))
r = I.repeat(None, 4)
print(r.__length_hint__(), next(r), r.__length_hint__(), repr(r))
print(repr(I.repeat([1, 2])), repr(I.repeat('x', times=-5)), repr(I.repeat(object=2, times=1)))
print(list(I.islice(I.repeat(7), 4)))
print(list(map(pow, range(5), I.repeat(2))))
print(list(zip(I.count(1), 'xyz')))
print(iter(c) is c, I.cycle([]).__iter__().__class__.__name__)
print(sum(I.islice(I.count(), 100000)))
total = 0
for x in I.repeat(3, 100000):
    total += x
print(total)
