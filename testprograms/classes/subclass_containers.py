# Subclasses of list, dict, set, frozenset and tuple.
import gc


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, p.x, q.y, len(p), p == (1, 2), hash(p) == hash((1, 2)), tuple(p), type(tuple(p)).__name__)
x, y = q
print(x, y, p[::-1], type(p[::-1]).__name__, p * 2, type(p * 2).__name__, sorted([Point(3, 1), Point(1, 5)]))
print({p: "p"}[(1, 2)], p.count(1), p.index(2), isinstance(p, tuple), str(p))


class History(list):
    def __init__(self, *items):
        super().__init__(items)
        self.changes = 0

    def append(self, item):
        self.changes += 1
        super().append(item)

    def __getitem__(self, i):
        if isinstance(i, int):
            return "<%s>" % list.__getitem__(self, i)
        return list.__getitem__(self, i)


h = History(1, 2)
h.append(3)
h.extend([4, 5])
print(h, len(h), h.changes, h[0], h[1:3], type(h[1:3]).__name__, h + [6], type(h + [6]).__name__)
h += [7]
print(h, type(h).__name__, h.pop(), h == [1, 2, 3, 4, 5], list(h), sorted(h, reverse=True), 3 in h)
h.sort(reverse=True)
h[0] = 50
del h[1]
print(h, h.copy(), type(h.copy()).__name__, repr(h), h.__dict__, bool(History()), History() == [])


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] += 1


c = Counter()
for ch in "mississippi":
    c.add(ch)
print(c, c["s"], c["z"], "z" in c, len(c), c.get("z"), sorted(c.items()), type(c.copy()).__name__)
print(Counter(a=1) | {"b": 2}, type(Counter(a=1) | {"b": 2}).__name__, Counter({"k": 1}, j=2), dict(c) == c)


class Registry(dict):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value.upper())

    def __delitem__(self, key):
        self.log.append("-" + key)
        super().__delitem__(key)


r = Registry(a="x")
r["b"] = "y"
r.update(c="z")
r.setdefault("d", "w")
del r["a"]
print(r, r.log, list(r), r.keys(), dict.__repr__(r))


class Tags(set):
    def add(self, tag):
        super().add(tag.lower())


t = Tags(["A", "b"])
t.add("C")
print(sorted(t), len(t), "c" in t, sorted(t | {"z"}), type(t | {"z"}).__name__, t == {"A", "b", "c"}, repr(Tags()))
print(type(t.copy()).__name__, sorted(t - {"b"}), isinstance(t, set))


class Frozen(frozenset):
    def __repr__(self):
        return "Frozen(%s)" % sorted(self)


f = Frozen([3, 1, 2])
print(f, len(f), 2 in f, {f: 1}[frozenset({1, 2, 3})], f & {1, 5}, type(f & {1, 5}).__name__, Frozen())


class Stack(list):
    pass


# cycles through subclass instances are collected
gc.collect()
s = Stack()
s.append(s)
d = Counter()
d["self"] = d
pt = Point(s, d)
s.append(pt)
s.me = s
print(gc.is_tracked(s), gc.is_tracked(d), gc.is_tracked(pt), len(s))
del s, d, pt
print(gc.collect())
