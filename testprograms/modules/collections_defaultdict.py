# collections.defaultdict: default_factory, __missing__, repr, copy, dict operations
from collections import defaultdict


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups.default_factory, len(groups), "a" in groups, "z" in groups, groups.get("z"))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["q"], len(counts))
print(isinstance(counts, dict), type(counts).__name__, type(counts).__module__)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1), defaultdict(int, [(1, 2)], b=3))
print(repr(defaultdict(str, {"k": "v"})))
c = counts.copy()
c["new"] = 5
print(type(c).__name__, c.default_factory, "new" in counts, len(c), c == counts)
print(defaultdict(int, {1: 2}) == {1: 2}, dict(defaultdict(int, {1: 2})))
print(defaultdict(int) | {1: 2}, {1: 2} | defaultdict(list, {3: 4}))
d = defaultdict(list, {1: [1]})
d |= {2: [2]}
print(d)
d.default_factory = lambda: "made"
print(d["x"], d.__missing__("y"), sorted(d, key=str))
d.default_factory = None
attempt("None factory", lambda: d["missing"])
attempt("__missing__ None", lambda: d.__missing__(0))
attempt("not callable", lambda: defaultdict(1))
attempt("dict args", lambda: defaultdict(list, 1, 2))
attempt("hash", lambda: hash(defaultdict()))
print(d.pop(1), d.setdefault(5, "five"), sorted(d.keys(), key=str), d.popitem())
d.clear()
print(d, len(d))
rec = defaultdict(list)
rec["self"].append(rec)
print(rec)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def __repr__(self):
        return "Tree(" + repr(dict(self)) + ")"


t = Tree()
t["a"]["b"]["c"] = 1
print(t, type(t["a"]).__name__, t.default_factory is Tree)


class Loud(defaultdict):
    def __missing__(self, key):
        return "missing " + str(key)


loud = Loud(int)
print(loud["k"], "k" in loud, loud.copy(), type(loud.copy()).__name__)
keys = defaultdict.fromkeys("ab", 0)
print(type(keys).__name__, keys, keys.default_factory)
