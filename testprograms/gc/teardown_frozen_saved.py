# What gc.freeze() set aside and what DEBUG_SAVEALL saved in gc.garbage is still freed at exit:
# the corpus runner checks that no block is left after teardown.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = self


frozen = [Node("a"), Node("b")]
cycle = [1]
cycle.append(cycle)
gc.collect()
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0)
del frozen, cycle
print("found while frozen:", gc.collect())

gc.set_debug(gc.DEBUG_SAVEALL)
for i in range(3):
    n = Node(i)
    n.data = [n, {"n": n}]
del n
gc.collect()
print("saved:", len(gc.garbage) >= 3, sorted(x.name for x in gc.garbage if isinstance(x, Node)))
print("debug:", gc.get_debug() == gc.DEBUG_SAVEALL)
# left frozen and saved: teardown frees both
