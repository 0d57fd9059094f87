# Cycles whose objects have __del__ (PEP 442): finalizers run once, then the cycle is freed.
import gc
gc.collect()
class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
def pair():
    a = Fin("a")
    b = Fin("b")
    a.partner = b
    b.partner = a
pair()
print("pair is garbage, not yet finalized")
print("collected:", gc.collect())
print("garbage list stays empty:", gc.garbage)
def triangle():
    x, y, z = Fin("x"), Fin("y"), Fin("z")
    x.n, y.n, z.n = y, z, x
triangle()
print("collected:", gc.collect())
class Plain:
    pass
def mixed():
    f = Fin("with-del")
    p = Plain()
    f.p = p
    p.f = f
    p.extra = [1, 2]
mixed()
print("collected:", gc.collect())
def self_ref():
    s = Fin("self")
    s.me = s
self_ref()
print("collected:", gc.collect())
print("nothing left:", gc.collect())
