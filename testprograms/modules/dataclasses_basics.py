# dataclasses: generated __init__, __repr__, __eq__, order, frozen, hash, defaults, post-init
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from dataclasses import InitVar, KW_ONLY, MISSING, make_dataclass
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__doc__)
print(Point.__match_args__, Point.__hash__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(p)[1].default)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
p.x = 10
print(p, asdict(p), astuple(p))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)

vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2) == Version(1, 2, "x"))
print(hash(Version(1, 2)) == hash(Version(1, 2, "other")), len({Version(1, 2), Version(1, 2, "x"), Version(3)}))
v = Version(1)
for action in ("set", "del", "new"):
    try:
        if action == "set":
            v.major = 2
        elif action == "del":
            del v.minor
        else:
            v.extra = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(replace(v, minor=5), v)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    owner: str = "nobody"
    total: int = field(init=False, default=0)

    def __post_init__(self):
        self.total = len(self.items)

a, b = Inventory(), Inventory(["x", "y"])
a.items.append(1)
print(a, b, b.total, Inventory().items, Inventory.owner)
print(asdict(b))
try:
    replace(b, total=3)
except ValueError as e:
    print("ValueError", e)
print(replace(b, owner="me"))


@dataclass
class Base:
    name: str
    tags: tuple = ()

@dataclass
class Derived(Base):
    level: int = 1
    name: str = "derived"

print(Derived(), Derived("n", ("a",), 3), [f.name for f in fields(Derived)])
print(isinstance(Derived(), Base), Derived() == Base("derived"))


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale

w = WithInitVar(3)
print(w, WithInitVar(3, 10), [f.name for f in fields(w)], hasattr(w, "scale"))


@dataclass
class KwOnly:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2

print(KwOnly(1, c=5), KwOnly.__match_args__, KwOnly.__doc__)
try:
    KwOnly(1, 2)
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class AllKw:
    x: int
    y: int = 0

print(AllKw(x=1), AllKw.__doc__)


@dataclass(unsafe_hash=True)
class Hashable:
    k: str
    v: int = field(hash=False)

print(hash(Hashable("a", 1)) == hash(Hashable("a", 2)), Hashable("a", 1) == Hashable("a", 2))


@dataclass(eq=False)
class Identity:
    n: int

i = Identity(1)
print(i == Identity(1), i == i, Identity.__hash__ is object.__hash__)


@dataclass(repr=False, init=False)
class Bare:
    n: int = 4

print(Bare().n, "object at" in repr(Bare()))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
print(astuple(root))
root.children.append(root)
print(repr(root)[:40])
root.children.clear()

C = make_dataclass("C", ["a", ("b", int), ("c", list, field(default_factory=list))], order=True)
print(C(1, 2), C(1, 2) < C(1, 3), [f.name for f in fields(C)], C.__name__)

print(MISSING is dataclasses.MISSING, repr(field(default=1).default))

# the errors of a declaration
for text in [
    "@dataclass\nclass E:\n    a: int = 1\n    b: int\n",
    "@dataclass\nclass E:\n    a: list = []\n",
    "@dataclass\nclass E:\n    a: int = field(default=1, default_factory=int)\n",
    "@dataclass(order=True, eq=False)\nclass E:\n    a: int\n",
    "@dataclass(frozen=True)\nclass F:\n    a: int\n@dataclass\nclass E(F):\n    b: int\n",
    "@dataclass\nclass F:\n    a: int\n@dataclass(frozen=True)\nclass E(F):\n    b: int\n",
    "@dataclass(order=True)\nclass E:\n    a: int\n    def __lt__(self, other): return True\n",
    "@dataclass(unsafe_hash=True)\nclass E:\n    a: int\n    def __hash__(self): return 1\n",
    "@dataclass\nclass E:\n    a = field(default=1)\n",
    "@dataclass\nclass E:\n    a: int\n    _: KW_ONLY\n    __: KW_ONLY\n",
]:
    try:
        exec(text, {"dataclass": dataclass, "field": field, "KW_ONLY": KW_ONLY})
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [lambda: fields(3), lambda: asdict(Point), lambda: astuple(3), lambda: replace(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
