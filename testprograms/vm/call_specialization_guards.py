# Calls of len, isinstance and list.append run often enough to be specialized
# (CALL_BUILTIN_LEN, CALL_BUILTIN_ISINSTANCE, CALL_LIST_APPEND), then see what their guards
# refuse: a rebound name, another kind of class argument, a list subclass, keywords.
import sys

def lengths(items):
    return [len(x) for x in items]

data = [[1, 2], 'abc', (1,), {1: 2}, {3}, range(7)] * 10
print(sum(lengths(data)))
len = lambda x: -1                 # the global shadows the built-in: the guard sees another callable
print(lengths(data[:3]))
del len
print(lengths(data[:3]))

class Sized:
    def __len__(self):
        return 42
print(lengths([Sized(), 'xy'] * 20)[:4])
try:
    lengths([1])
except TypeError as e:
    print('TypeError:', e)

def kinds(items, cls):
    return sum(1 for x in items if isinstance(x, cls))

ints = list(range(50)) + ['a', 2.5, True]
print(kinds(ints, int), kinds(ints, str))
print(kinds(ints, (str, float)))   # a tuple of classes: the generic path

class Base:
    pass
class Derived(Base):
    pass
print(kinds([Base(), Derived(), 1] * 20, Base), kinds([Base(), Derived()] * 20, Derived))
print(kinds(ints, bool), kinds(ints, int))
try:
    kinds([1], 3)
except TypeError as e:
    print('TypeError:', e)

def fill(target, n):
    for i in range(n):
        target.append(i)
    return target

print(sum(fill([], 100)))
class MyList(list):
    def append(self, x):
        list.append(self, x * 10)
print(fill(MyList(), 5))
print(fill([], 3))

class Box:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(-x)
b = Box()
fill(b, 4)
print(b.items)

# the appended values keep their counts: a run-time object, not a constant
def append_same(target, obj, n):
    for _ in range(n):
        target.append(obj)
obj = object()
before = sys.getrefcount(obj)
lst = []
append_same(lst, obj, 50)
print(sys.getrefcount(obj) - before)
lst.clear()
print(sys.getrefcount(obj) - before)

def with_keywords(n):
    out = []
    for i in range(n):
        out.append(isinstance(i, int))
    return out
print(with_keywords(30).count(True))
try:
    isinstance(1, int, flag=True)
except TypeError as e:
    print('TypeError:', e)
