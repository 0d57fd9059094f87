# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice, pairwise, starmap, zip_longest
import itertools as I

print(list(I.accumulate([1, 2, 3, 4])), list(I.accumulate([])), list(I.accumulate('abc')))
print(list(I.accumulate([3, 1, 4, 1, 5], max)), list(I.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(I.accumulate([1, 2], initial=10)), list(I.accumulate([], initial=0)), list(I.accumulate([5], None, initial=None)))
print(list(I.accumulate(iterable=[1, 2], func=lambda a, b: a - b, initial=100)))
try:
    print(list(I.accumulate([1, 'a'])))
except TypeError as e:
    print('TypeError:', e)
print(list(I.chain('ab', [1], (), range(2))), list(I.chain()), list(I.chain.from_iterable(['xy', [], 'z'])))
print(list(I.chain.from_iterable(iter([range(2), range(3)]))))
c = I.chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError:', e)
print(list(c))
print(list(I.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(I.compress('abc', [1])), list(I.compress('a', [0, 1, 1])))
print(list(I.compress(data=range(10), selectors=I.cycle([True, False, False]))))
print(list(I.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(I.dropwhile(bool, [1, 0, 2])))
print(list(I.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(I.takewhile(bool, [])))
t = I.takewhile(lambda x: x != 0, iter([1, 0, 2, 3]))
print(list(t), list(t))
print(list(I.filterfalse(None, [0, 1, '', 'a', None, []])), list(I.filterfalse(bool, [0, 2])))
print(list(I.filterfalse(lambda x: x % 3, range(10))))
def boom(x):
    raise KeyError(x)
for f in (I.dropwhile, I.takewhile, I.filterfalse):
    try:
        list(f(boom, [7]))
    except KeyError as e:
        print(f.__name__, 'KeyError:', e)
s = 'abcdefghij'
for args in [(3,), (None,), (2, 8), (2, None), (None, 4), (1, 9, 3), (0, None, 4), (5, 2), (20, 30), (1, 100, 2), (2, 7, None)]:
    print(args, ''.join(I.islice(s, *args)))
it = iter(range(10))
print(list(I.islice(it, 3)), next(it), list(I.islice(it, 1, 3)), list(it))
print(list(I.islice(I.count(), 2, 20, 5)), list(I.islice(range(5), 0)))
print(list(I.pairwise('abcd')), list(I.pairwise('a')), list(I.pairwise([])), list(I.pairwise(range(3))))
print(list(I.starmap(pow, [(2, 5), (3, 2), [10, 3]])), list(I.starmap(lambda *a: a, ['ab', (), (1,)])))
print(list(I.starmap(divmod, zip(range(5, 10), I.repeat(3)))))
print(list(I.zip_longest('abc', [1])), list(I.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(I.zip_longest()), list(I.zip_longest([])), list(I.zip_longest('a', [], (x for x in 'pq'), fillvalue=0)))
z = I.zip_longest('ab', 'c')
first = next(z)
print(first, next(z), list(z), first)
rows = [r for r in I.zip_longest(range(3), range(5))]
print(rows)
names = [type(f([])).__name__ for f in (I.accumulate, I.chain, I.pairwise, I.zip_longest)]
print(names, type(I.islice([], 1)).__name__, type(I.starmap(None, [])).__name__)
print(repr(type(I.compress([], []))), type(I.dropwhile(None, [])).__module__)
total = 0
for x in I.chain(range(50000), range(50000)):
    total += x
for a, b in I.zip_longest(range(100000), range(3), fillvalue=1):
    total += b
for a, b in I.pairwise(range(100000)):
    total += b - a
print(total)
