# itertools: groupby and its _grouper sub-iterators sharing the parent's state; tee's shared buffer
import itertools as I

print([(k, list(g)) for k, g in I.groupby('aaabccdd')])
print([(k, len(list(g))) for k, g in I.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print([k for k, g in I.groupby('')], [k for k, g in I.groupby('aabbbc')])
# advancing the parent invalidates the previous group
gb = I.groupby('aaabbb')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), list(gb))
# a group half read, then the parent skips the rest of it
gb = I.groupby([1, 1, 1, 2, 2, 3])
k, g = next(gb)
print(k, next(g), [(k, list(g)) for k, g in gb])
gb = I.groupby('aab')
groups = list(gb)
print([(k, list(g)) for k, g in groups])
gb = I.groupby('xxy')
k, g = next(gb)
print(type(g).__name__, repr(type(g)), iter(g) is g, list(g), list(g))
print(list(I.groupby([], key=None)), type(I.groupby('a')).__name__)
def bad_key(x):
    if x == 3:
        raise ValueError('bad key %d' % x)
    return x < 2
try:
    print([(k, list(g)) for k, g in I.groupby(range(5), bad_key)])
except ValueError as e:
    print('ValueError:', e)
class Weird:
    def __eq__(self, other):
        raise TypeError('no comparing')
gb = I.groupby([Weird(), Weird()])
k, g = next(gb)
try:
    next(gb)
except TypeError as e:
    print('TypeError:', e)

a, b = I.tee('abcde')
print(next(a), next(a), next(b), list(a), list(b))
print(len(I.tee([1], 5)), I.tee([1], 0), type(I.tee([])[0]).__name__)
a, b, c = I.tee(range(200), 3)
print(sum(a), sum(1 for _ in b), list(c)[-3:])
a, b = I.tee(iter(range(10)))
next(a)
c = a.__copy__()
print(list(a), list(c), list(b))
a, b = I.tee(range(3))
x, y = I.tee(a)
print(type(x).__name__, x is a, y is a, list(x), list(y), list(b))
t = I._tee([1, 2, 3])
print(next(t), list(I._tee(t)), list(t))
def gen():
    yield 1
    next(ta)
ta, tb = I.tee(gen())
try:
    print(next(ta), next(ta))
except RuntimeError as e:
    print('RuntimeError:', e)
print(list(tb))
