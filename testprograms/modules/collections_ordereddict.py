# collections.OrderedDict: order, move_to_end, popitem(last=), order-sensitive equality, repr
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), len(od), od["a"], "c" in od)
od.move_to_end("b")
print(list(od.keys()))
od.move_to_end("b", last=False)
print(list(od.items()))
od.move_to_end("c", False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 10), ("y", 20)], z=30)
od["a"] = "changed"
print(od)
del od["x"]
od["x"] = "back"
print(od, od.pop("y"), od.setdefault("a", 0), od.setdefault("n", 5), od.get("q"))
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values())))
one = OrderedDict([("a", 1), ("b", 2)])
two = OrderedDict([("b", 2), ("a", 1)])
print(one == two, one != two, one == dict(two), dict(two) == one, one == OrderedDict(one))
print(OrderedDict(), repr(OrderedDict(a=[1])), OrderedDict.fromkeys("xyz", 0))
copy = one.copy()
copy["c"] = 3
print(copy, one, type(copy).__name__, isinstance(one, dict))
print(one | {"z": 0}, {"z": 0} | one, type({"z": 0} | one).__name__)
one |= two
print(one, one.keys() == {"a", "b"}, one.keys() & {"a", "q"}, one.items() - {("a", 1)}, one.keys() | ["c"] == {"a", "b", "c"})
rec = OrderedDict(k=1)
rec["self"] = rec
print(rec)
for label, f in [("move missing", lambda: OrderedDict().move_to_end("q")),
                 ("popitem empty", lambda: OrderedDict().popitem()),
                 ("popitem first empty", lambda: OrderedDict().popitem(last=False)),
                 ("getitem", lambda: OrderedDict()["k"]),
                 ("update int", lambda: OrderedDict(5))]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(a=1, b=2)
lu["a"] = 3
lu.update(b=4, c=5)
print(lu, list(lu))
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
