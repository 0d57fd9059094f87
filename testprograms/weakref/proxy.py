# weakref.proxy: the referent's attributes and operations, ReferenceError after it dies
import weakref


class Box:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, v):
        return v in self.items

    def __add__(self, other):
        return Box(self.items + list(other))

    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items

    def __lt__(self, other):
        return self.items < other.items

    def __str__(self):
        return "Box%s" % self.items

    def __bool__(self):
        return bool(self.items)

    def total(self):
        return sum(self.items)


b = Box([1, 2, 3])
p = weakref.proxy(b)
print(type(p).__name__, weakref.proxy(b) is p, weakref.getweakrefcount(b))
print(len(p), p[0], p.items, p.total(), 2 in p, list(p), str(p), bool(p))
p[0] = 10
p.extra = "x"
print(b.items, b.extra, (p + [4]).items, p == Box([10, 2, 3]), p < Box([11]))
del p.extra
print(hasattr(b, "extra"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


class Number:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o

    def __radd__(self, o):
        return o + self.v

    def __neg__(self):
        return -self.v

    def __call__(self, x):
        return self.v * x


n = Number(5)
q = weakref.proxy(n)
print(type(q).__name__, q + 1, 1 + q, -q, q(3), callable(q), callable(p))


def gone(wr):
    print("callback with a proxy:", type(wr).__name__)


q2 = weakref.proxy(n, gone)
print(q2 is q, weakref.getweakrefcount(n))
del n
for op in [lambda: q.v, lambda: q + 1, lambda: q(2), lambda: str(q2), lambda: len(p)]:
    try:
        op()
        print("alive")
    except ReferenceError as e:
        print("ReferenceError:", e)
print(len(p))
del b
try:
    p.total()
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy()
except TypeError as e:
    print("TypeError:", e)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
