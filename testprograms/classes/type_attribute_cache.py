# Lookups along the MRO are cached per (type, name): every change to a class must show at once.
import gc


class A:
    def f(self):
        return "A.f"


class B(A):
    pass


b = B()
print(b.f())
A.f = lambda self: "new A.f"
print(b.f())
B.f = lambda self: "B.f"
print(b.f())
del B.f
print(b.f())
del A.f
try:
    b.f()
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


for i in range(5):
    Counter()
print(Counter.count, Counter().count)

# Classes made and dropped in a loop: a new class may take a dead one's block.
for i in range(6):
    class K:
        def g(self, i=i):
            return i
    if i % 2:
        K.h = lambda self: "h"
    print(K().g(), hasattr(K(), "h"))
    del K
    gc.collect()

# A special method added after instances exist, and one removed.
class V:
    pass


v = V()
try:
    len(v)
except TypeError as e:
    print("TypeError:", e)
V.__len__ = lambda self: 7
print(len(v))
V.__repr__ = lambda self: "<V>"
print(repr(v), [v])
del V.__repr__
print(repr(v).startswith("<__main__.V object"))

# Cleared by the collector: a class in a cycle with its instance.
class Cyc:
    def m(self):
        return "m"


c = Cyc()
Cyc.me = c
print(c.m())
del c, Cyc
print(gc.collect() > 0)


class Cyc:
    pass


try:
    Cyc().m()
except AttributeError as e:
    print("AttributeError:", e)
