# The seed program of issue "gc": ten self-referencing lists, found by one collection.
import gc


def create_cycle():
    list1 = [18, 29, 15]
    list1.append(list1)


for i in range(10):
    create_cycle()

collected = gc.collect()
print("Number of unreachable objects collected by GC:", collected)
print("Uncollectable garbage:", gc.garbage)
