d = {"a": 1, "b": 2}
d["c"] = 3; print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("z", None), d)
try:
    d.pop("z")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print(d.setdefault("b", 9), d.setdefault("n", 5), d.setdefault("m"), d)
d.update({"x": 1}); d.update(y=2); d.update([("z", 3)]); print(d)
print(d.popitem(), d)
e = dict(a=1, b=2); print(e, dict([(1, 2), (3, 4)]), dict({"k": 1}, k2=2), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
c = e.copy(); c["a"] = 100; print(e, c)
e.clear(); print(e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
d = {1: 1, 1.0: 2, True: 3}; print(d)
d = {"x": 1}
print(d | {"y": 2}, d)
d |= {"z": 3}; print(d)
print(list(reversed({1: 2, 3: 4})))
ks = {1: 2, 3: 4}.keys(); print(ks, {1: 2}.values(), {1: 2}.items())
print(ks & {1}, ks | {5}, ks - {1}, 3 in ks)
d = {}
for i in range(5):
    d[i] = i * i
del d[2]; print(d)
try:
    del d[2]
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d[k + 10] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(dict(zip("abc", range(3))))
print({k: v for k, v in [(1, 2), (3, 4)]})
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
print({(1, 2): "t", None: 0, "s": 1.5})
