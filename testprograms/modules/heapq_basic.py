# heapq: push, pop, heapify, replace, pushpop keep the heap's layout as CPython's
import heapq
import random

random.seed(7)
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print('push', x, h)
while h:
    print('pop', heapq.heappop(h), h)

data = [random.randrange(100) for _ in range(20)]
heapq.heapify(data)
print('heapify', data)
print('invariant', all(data[k] <= data[c] for k in range(len(data))
                      for c in (2 * k + 1, 2 * k + 2) if c < len(data)))
print('replace', heapq.heapreplace(data, 50), data[:5])
print('pushpop small', heapq.heappushpop(data, -1), data[:5])
print('pushpop big', heapq.heappushpop(data, 99), data[:5])
print('pushpop empty', heapq.heappushpop([], 4))
print('sorted', [heapq.heappop(data) for _ in range(len(data))])

# ties: tuples with the same priority keep the insertion counter's order
tasks = []
for i, (prio, name) in enumerate([(2, 'b'), (1, 'a'), (2, 'c'), (1, 'd'), (3, 'e')]):
    heapq.heappush(tasks, (prio, i, name))
print([heapq.heappop(tasks)[2] for _ in range(5)])

# only < is used
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return 'Rev(%d)' % self.v
r = [Rev(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]]
heapq.heapify(r)
print(r)
print([heapq.heappop(r).v for _ in range(len(r))])

# a list subclass is a list
class L(list):
    pass
l = L([4, 2, 6])
heapq.heapify(l)
heapq.heappush(l, 1)
print(type(l).__name__, l)

# errors
for f, args in [(heapq.heappush, ((), 1)), (heapq.heappop, ((),)), (heapq.heapify, ((),)),
                (heapq.heapreplace, ({}, 1)), (heapq.heappushpop, ('ab', 1)),
                (heapq.heappop, ([],)), (heapq.heapreplace, ([], 1))]:
    try:
        f(*args)
    except (TypeError, IndexError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    heapq.heappush([1, 'a'], 2)
    h = [1]
    heapq.heappush(h, 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(heapq.__all__))
