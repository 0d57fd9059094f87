# dict views are live; keys and items views support set operations.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k))
print("b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("c", 3), ("x", 0)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
other = {"c": 0, "d": 0, "e": 0}
print(sorted(d.keys() & other.keys()), sorted(d.keys() - other))
print(list(zip(d.keys(), d.values())) == list(d.items()))
for key, val in d.items():
    d[key] = val * 10
print(d)
print(list(reversed(d.keys())), list(reversed(d.values())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
