# A finalizer may resurrect its object; the finalizer never runs a second time.
import gc
gc.collect()
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
        saved.append(self)
def make():
    p = Phoenix("phoenix")
    p.me = p
make()
print("first collection:", gc.collect())
print("resurrected:", [p.name for p in saved], gc.is_finalized(saved[0]))
saved.clear()
print("second collection (no __del__ this time):", gc.collect())
print("third collection:", gc.collect())
plain = Phoenix("no cycle")
del plain
print("refcount death resurrected too:", [p.name for p in saved])
p = saved.pop()
del p
print("dropped again, __del__ not called again")
class Partner:
    pass
def cycle_with_partner():
    ph = Phoenix("keeps partner")
    pa = Partner()
    pa.items = [1, 2, 3]
    ph.partner = pa
    pa.ph = ph
cycle_with_partner()
print("resurrecting cycle:", gc.collect(), "| partner items:", saved[0].partner.items)
saved.clear()
print("after release:", gc.collect())
