# the collector and weak references, further: a __del__ that resurrects its cycle and makes a
# weakref to itself, DEBUG_SAVEALL, callbacks that allocate or collect, dataclass weakref_slot
import gc, weakref
gc.collect()
class R:
    def __init__(self, n): self.n = n; self.me = self
saved = []
class Res:
    def __init__(self): self.me = self
    def __del__(self):
        saved.append(self)
        self.late = weakref.ref(self, lambda w: print("late callback"))
        print("resurrected, ref", watch())
x = Res()
watch = weakref.ref(x, lambda w: print("watch callback"))
del x
print(gc.collect(), watch(), len(saved))
saved.clear()
print("cleared", gc.collect())
# DEBUG_SAVEALL with weakrefs
gc.set_debug(gc.DEBUG_SAVEALL)
y = R(1)
wy = weakref.ref(y, lambda w: print("saveall callback"))
del y
print(gc.collect(), wy(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
# weakref callback resurrects via a reachable weakref's callback that makes a new object graph
keep = []
z = R(2)
def cb(w):
    keep.append(R(3))
    print("cb made", len(keep))
wz = weakref.ref(z, cb)
del z
print(gc.collect(), len(keep))
keep.clear()
print(gc.collect())
# callback that calls gc.collect itself
q = R(4)
wq = weakref.ref(q, lambda w: print("inner collect", gc.collect()))
del q
print(gc.collect())
# gc.get_count after weakref activity
print(gc.get_count()[0] >= 0)
from dataclasses import dataclass
@dataclass(slots=True, weakref_slot=True)
class D:
    x: int
d = D(1)
print(weakref.ref(d)() is d)
@dataclass(slots=True)
class E:
    x: int
try: weakref.ref(E(1))
except TypeError as e: print(e)
