# dict methods, insertion order, views.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 20
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" not in d)
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("a"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
e = d.copy(); e["only_e"] = 1
print(len(d), len(e))
del d["b"]
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(zip("xy", [1, 2])), dict({"k": 1}, k2=2))
print({1: "a", True: "b", 1.0: "c"})
d2 = {"k": 1}
d2.clear()
print(d2, {} == dict(), {"a": 1, "b": 2} == {"b": 2, "a": 1})
print({**{"a": 1}, "b": 2, **{"a": 3}}, {"a": 1} | {"b": 2})
u = {"a": 1}
u |= {"c": 3}
print(u)
keys = d.keys()
d["late"] = 0
print(keys, len(keys), "late" in keys)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
