# gc.freeze moves every tracked object to a permanent generation the collector ignores.
import gc
gc.collect()
print(gc.get_freeze_count())
def cycle():
    l = []
    l.append(l)
for i in range(4):
    cycle()
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
print("frozen cycles are not collected:", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print("after unfreeze they are:", gc.collect())
