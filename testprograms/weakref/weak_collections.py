# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries whose objects die
import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Item) and self.n == other.n


items = [Item(i) for i in range(5)]
values = weakref.WeakValueDictionary()
for it in items:
    values["k%d" % it.n] = it

print(len(values), sorted(values.keys()), values["k2"], values.get("k9", "none"), "k1" in values)
del items[1]
print(len(values), "k1" in values, sorted(values), values.get("k1"))
try:
    values["k1"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(values.items(), key=lambda kv: kv[0]), sorted(v.n for v in values.values()))
print(values.pop("k0"), len(values), values.setdefault("k3", None), values.pop("missing", "default"))
copied = values.copy()
items.clear()
print(len(values), len(copied), list(values.items()))
print(isinstance(values, weakref.WeakValueDictionary), len(weakref.WeakValueDictionary({"a": Item(7)})))
keep = Item(8)
wvd = weakref.WeakValueDictionary(a=keep)
print(dict(wvd), len(wvd.valuerefs()))

keys = [Item(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 10
print(len(wkd), wkd[Item(2)], Item(3) in wkd, Item(9) in wkd, wkd.get(Item(9), "none"))
del keys[0]
print(len(wkd), sorted(wkd.values()), sorted(k.n for k in wkd.keys()))
del k
del keys[:2]
print(len(wkd), list(wkd.items()))
print(wkd.pop(keys[0]), len(wkd), 1 in wkd)
wkd[keys[0]] = "again"
print(wkd.setdefault(keys[0], "no"), len(wkd.keyrefs()))
del wkd[keys[0]]
print(len(wkd))

objs = [Item(i) for i in range(3)]
ws = weakref.WeakSet(objs)
print(len(ws), objs[0] in ws, Item(5) in ws, 3 in ws, sorted(x.n for x in ws))
ws.add(objs[0])
ws.discard(objs[1])
print(len(ws), sorted(x.n for x in ws))
objs.pop()
print(len(ws), sorted(x.n for x in ws))
ws.remove(objs[0])
print(len(ws), list(ws))
try:
    ws.remove(objs[0])
except KeyError as e:
    print("KeyError")
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError:", e)


# entries of cyclic garbage go at the collection
class Cyclic:
    def __init__(self):
        self.me = self


gc.collect()
cv = weakref.WeakValueDictionary()
c = Cyclic()
cv["c"] = c
cs = weakref.WeakSet([c])
del c
print(len(cv), len(cs))
gc.collect()
print(len(cv), len(cs), list(cv))
