# Objects found by gc.get_objects/get_referrers among a few known containers.
import gc
gc.collect()
class Marker:
    pass
m = Marker()
holder = [m]
box = {"m": m}
refs = gc.get_referrers(m)
print(any(r is holder for r in refs), any(r is box for r in refs))
print(any(o is holder for o in gc.get_objects()), any(o is m for o in gc.get_objects()))
print(len(gc.get_objects(generation=0)) >= 0)
