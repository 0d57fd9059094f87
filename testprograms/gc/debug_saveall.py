# gc.DEBUG_SAVEALL keeps everything found unreachable in gc.garbage instead of freeing it.
import gc
gc.collect()
print(gc.get_debug(), gc.DEBUG_SAVEALL)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
def cycle(tag):
    l = [tag]
    l.append(l)
cycle("one")
cycle("two")
print("collected:", gc.collect())
print("saved:", len(gc.garbage), gc.garbage)
def dict_cycle():
    d = {"name": "d"}
    d["self"] = d
dict_cycle()
print("collected:", gc.collect(), "saved now:", len(gc.garbage))
print(gc.garbage[-1]["name"])
gc.set_debug(0)
print(gc.get_debug())
del gc.garbage[:]
print("after emptying gc.garbage the cycles are garbage again:", gc.collect())
print("nothing left:", gc.collect(), gc.garbage)
