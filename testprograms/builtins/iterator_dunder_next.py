# __next__ and __iter__ of the built-in iterators and generators, called as methods
import collections
import collections.abc as cabc
import itertools
def g():
    x = yield 1
    yield x
it = g()
print(it.__next__(), it.send(5))
try:
    it.__next__()
except StopIteration as e:
    print('stop', e.args)
l = iter([1, 2])
print(l.__next__(), next(l), l.__iter__() is l)
try:
    l.__next__()
except StopIteration as e:
    print('stop', type(e).__name__)
try:
    l.__next__(1)
except TypeError as e:
    print(type(e).__name__, e)
for it in (iter([]), iter(()), iter('ab'), iter('é'), iter(b''), iter(range(2)), iter(range(10**20)), iter(set()), iter({}),
           iter({}.values()), iter({}.items()), reversed([1]), reversed((1,)), g(), map(str, []), zip(), enumerate([]),
           filter(None, []), iter(lambda: 0, 0), itertools.count(), iter(collections.deque())):
    print(type(it).__name__, isinstance(it, cabc.Iterator), '__next__' in dir(it), '__iter__' in dir(it))
m = map(int, '12')
print(m.__next__(), list(m))
# a class's own __next__ is still its own
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
c = Countdown(3)
print(c.__next__(), list(c))
