# gc.get_threshold/set_threshold and gc.get_count after collections of each generation.
import gc
gc.collect()
print(gc.get_threshold())
gc.set_threshold(800, 20, 20)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(1000, 15)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
gc.collect()
print("after a full collection:", gc.get_count())
gc.collect(0)
print("after collecting generation 0:", gc.get_count())
gc.collect(0)
print("again:", gc.get_count())
gc.collect(1)
print("after collecting generation 1:", gc.get_count())
gc.collect(2)
print("after collecting generation 2:", gc.get_count())
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats][0])
