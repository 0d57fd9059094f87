# the collector and weak references (CPython 3.11's handle_weakrefs): weakrefs to cyclic garbage
# are cleared before any finalizer runs; callbacks of weakrefs that are reachable run, those of
# weakrefs that are garbage themselves do not
import gc
import weakref

gc.collect()


class Cycle:
    def __init__(self, name):
        self.name = name
        self.me = self


def note(wr):
    print("callback: ref now", wr())


c = Cycle("one")
r = weakref.ref(c, note)
del c
print("before collect", r() is not None)
print("collected", gc.collect())
print("after", r())


# a finalizer sees the weakrefs to its cycle already cleared
class WithDel:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("__del__: my weakref gives", watch())


w = WithDel()
watch = weakref.ref(w, lambda wr: print("callback before __del__"))
del w
print("collected", gc.collect())


# a weakref that is part of the garbage: its callback does not run
class Holder:
    pass


h = Holder()
h.me = h
h.ref = weakref.ref(h, lambda wr: print("never printed"))
del h
print("collected", gc.collect())

# a weakref held only by a reachable dict, whose callback removes it: the callback frees it
table = {}
x = Holder()
x.me = x


def drop(wr):
    print("dropping", table.pop("x") is wr)


table["x"] = weakref.ref(x, drop)
del x
print("collected", gc.collect(), table)

# a weakref from a cycle to an object outside it, which lives: nothing happens
outside = Holder()
y = Holder()
y.me = y
y.ref = weakref.ref(outside, lambda wr: print("never printed either"))
del y
print("collected", gc.collect(), weakref.getweakrefcount(outside))

# callbacks of many weakrefs to one object, each once
z = Cycle("many")
refs = [weakref.ref(z, lambda wr, i=i: print("callback", i)) for i in range(3)]
del z
print("collected", gc.collect(), [w() for w in refs])

# a proxy to cyclic garbage dies with it
v = Cycle("proxied")
p = weakref.proxy(v)
del v
print("collected", gc.collect())
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
print("final", gc.collect())
