# itertools with the iterator protocol: user iterators and generators as sources, errors passing through
import itertools as I

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

class Copyable(Countdown):
    copies = 0
    def __copy__(self):
        Copyable.copies += 1
        return Copyable(self.n)

print(list(I.chain(Countdown(3), Seq(), (c for c in 'ab'))))
print(list(I.islice(Countdown(10), 2, 8, 2)), list(I.accumulate(Countdown(4))))
print(list(I.zip_longest(Countdown(2), Seq(), fillvalue='-')), list(I.pairwise(Seq())))
print(list(I.product(Countdown(2), Seq())), list(I.compress(Seq(), Countdown(3))))
a, b, c = I.tee(Copyable(3), 3)
print(type(a).__name__, Copyable.copies, list(a), list(b), list(c))
x, y = I.tee(Countdown(3))
print(type(x).__name__, list(x), list(y))
def failing():
    yield 1
    yield 2
    raise ValueError('source failed')
for make in (I.chain, lambda g: I.islice(g, 5), I.pairwise, I.accumulate, lambda g: I.zip_longest(g, 'abcd'),
             lambda g: I.compress(g, I.repeat(1)), lambda g: I.tee(g)[0], lambda g: I.groupby(g)):
    it = make(failing())
    got = []
    try:
        for v in it:
            got.append(v if not isinstance(v, tuple) or len(v) != 2 or not hasattr(v[1], '__next__') else v[0])
    except ValueError as e:
        print(type(it).__name__, got, 'ValueError:', e, list(it))
s = I.starmap(lambda a, b: a / b, [(1, 2), (1, 0), (3, 4)])
print(next(s))
try:
    next(s)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e, next(s))
c = I.count(5)
print(c.__next__(), next(c), c.__iter__() is c, 7 in c, next(c))
r = I.repeat('z', 2)
print(next(r, None), next(r, None), next(r, None), next(r, 'end'))
def f(*args):
    return args
print(f(*I.repeat(1, 3)), dict(I.zip_longest('ab', [1])), sorted(set(I.product([1, 2], repeat=2))))
a, b = I.islice('xyz', 2)
print(a, b, max(I.chain([3], [9, 2])), sum(I.accumulate(range(5))), 'b' in I.cycle('abc'))
for i, p in enumerate(I.permutations(range(3))):
    if i == 2:
        break
print(i, p)
def gen():
    got = yield 1
    yield got
g = gen()
ch = I.chain(g)
print(next(ch), next(ch), list(ch))
