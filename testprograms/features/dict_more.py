d = {"b": 1, "a": 2}
d["c"] = 3; del d["b"]; d["b"] = 4; print(list(d), list(d.items()))
print(d.get("a"), d.get("z", []), "a" in d.keys(), 2 in d.values(), ("a", 2) in d.items(), ("a", 3) in d.items())
print(d.keys() == {"a", "b", "c"}, sorted(d.keys() - {"a"}), sorted(d.keys() | {"z"}), d.items() & {("a", 2)}, sorted(d.keys() ^ {"a", "q"}))
print(len(d.keys()), len(d.values()), list(reversed(d.values())), list(reversed(d.items())))
try:
    d.get([])
except TypeError as e:
    print("TypeError:", e)
try:
    [] in d
except TypeError as e:
    print("TypeError:", e)
d2 = dict(d); d2["new"] = 0; print(len(d), len(d2))
nested = {"x": [1, 2]}; shallow = nested.copy(); shallow["x"].append(3); print(nested)
print({k: v for k, v in [(1, "a"), (1, "b")]}, dict([("k", 1), ("k", 2)]), {1: 1, True: 2}, {0: "z", False: "f", 0.0: "g"})
d = {}
d.setdefault("list", []).append(1); d.setdefault("list", []).append(2); print(d)
print(d.pop("list"), d, d.pop("x", "default"))
d = dict.fromkeys(range(3), []); d[0].append(1); print(d)
d = {1: "a", 2: "b", 3: "c"}
print(d.popitem(), d.popitem(), d)
d = {"one": 1}
d.update({"two": 2}, three=3); d.update(four=4); d.update([("five", 5)]); print(d)
try:
    d.update([("a",)])
except ValueError as e:
    print("ValueError:", e)
try:
    d.update(1)
except TypeError as e:
    print("TypeError:", e)
print({**d, "one": 100}, {**{"a": 1}, **{"b": 2}}, dict(**{"x": 1}))
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __repr__(self): return "Key(%r)" % self.k
dk = {Key(1): "one"}; print(dk[Key(1)], Key(1) in dk, Key(2) in dk, dk)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
d = {i: i * i for i in range(5)}
for k in list(d):
    if k % 2: del d[k]
print(d)
print(dict(zip(["a", "b"], [1, 2, 3])), dict(enumerate("xy")), list({"x": 1, "y": 2}.items())[0])
e = {}; e[1] = e; print(e)
d = {"a": 1}; v = d.values(); k = d.keys(); d["b"] = 2; print(list(v), list(k), len(v))
print(str({"a": "b"}), repr({1.5: None}), {(): frozenset()})
print(d == {"b": 2, "a": 1}, d != {"a": 1}, {} == dict(), dict(a=1) == {"a": 1.0})
