# References held by instances, closures, bound methods, iterators and generators.
import sys
class Holder:
    def __init__(self, v):
        self.v = v
    def method(self):
        return self.v
obj = []
h = Holder(obj)
print("attribute:", sys.getrefcount(obj), "instance:", sys.getrefcount(h))
m = h.method
print("bound method holds the instance:", sys.getrefcount(h))
del m
print("after del method:", sys.getrefcount(h))
def make_closure(v):
    def inner():
        return v
    return inner
c = make_closure(obj)
print("closure cell:", sys.getrefcount(obj))
it = iter(obj)
print("iterator:", sys.getrefcount(obj))
del it
def gen(seq):
    for x in seq:
        yield x
g = gen(obj)
print("unstarted generator:", sys.getrefcount(obj))
del g
print("after del generator:", sys.getrefcount(obj))
h.v = None
c = None
print("end:", sys.getrefcount(obj))
