# gc.is_tracked: atomic objects are never tracked; containers are, with CPython's exceptions.
import gc
gc.collect()
class A:
    pass
atomic = [0, 10 ** 30, 1.5, "text", None, True, range(3)]
print([gc.is_tracked(x) for x in atomic])
print("list, set, frozenset:", gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(frozenset([1])))
print("instance, class, function, lambda:", gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(gc.collect), gc.is_tracked(lambda: 0))
d = {}
print("empty dict:", gc.is_tracked(d))
d["a"] = 1
d["b"] = "s"
print("dict of atomic values:", gc.is_tracked(d))
d["c"] = [1]
print("dict holding a list:", gc.is_tracked(d))
print("dict holding a tuple key:", gc.is_tracked({(1, 2): 1}))
t = tuple([1, 2, 3])
print("new tuple of atomics:", gc.is_tracked(t))
gc.collect()
print("same tuple after a collection:", gc.is_tracked(t))
t2 = tuple([1, [2]])
gc.collect()
print("tuple holding a list after a collection:", gc.is_tracked(t2))
nested = tuple([tuple(["x"]), 5])
gc.collect()
print("tuple of tuple of atomics after a collection:", gc.is_tracked(nested), gc.is_tracked(nested[0]))
def g():
    yield 1
print("generator:", gc.is_tracked(g()))
