# dataclasses: string annotations, ClassVar, slots, frozen __init__, descriptors as defaults,
# self as a field name, recursion in repr, dataclasses holding cycles
from __future__ import annotations
from dataclasses import dataclass, field, fields, asdict, replace, InitVar, KW_ONLY
import dataclasses
import gc


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"
    rate: float = 1.0

m = Money(5)
print(m, Money.__doc__, [f.type for f in fields(Money)])
print(replace(m, currency="USD"), hash(m) == hash(Money(5)), m == Money(5, "EUR", 1.0))


class typing:  # what the annotation strings name is looked up in the module
    ClassVar = None

@dataclass
class Config:
    count: ClassVar[int] = 0
    other: typing.ClassVar[int] = 1
    var: dataclasses.InitVar[int] = 3
    name: str = "cfg"
    values: list[int] = field(default_factory=list)

print(Config(), [f.name for f in fields(Config)], Config.count)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"

s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    @dataclass(slots=True)
    class Twice:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError", e)
try:
    dataclass(weakref_slot=True)(type("W", (), {"__annotations__": {}}))
except TypeError as e:
    print("TypeError", e)


@dataclass
class SelfField:
    self: int
    other: int = 2

print(SelfField(1), SelfField(self=3, other=4))


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 7
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        setattr(obj, self.private, value)

@dataclass
class Item:
    qty: Positive = Positive()

print(Item(), Item(3).qty)
try:
    Item(-1)
except ValueError as e:
    print("ValueError", e)


@dataclass
class Tree:
    label: str
    parent: Tree | None = None
    kids: list[Tree] = field(default_factory=list)

    def add(self, label):
        kid = Tree(label, self)
        self.kids.append(kid)
        return kid

root = Tree("root")
root.add("a").add("b")
print(root.kids[0].kids[0].label, repr(root)[:60])
before = gc.collect()
del root
print(gc.collect() > 0)


@dataclass
class Counter:
    n: int = 0
    log: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.log.append("made")

c1, c2 = Counter(), Counter(1)
print(c1, c2, c1 == Counter(), "__lt__" in Counter.__dict__)
print(asdict(c2, dict_factory=lambda pairs: sorted(pairs)))


# strings that name ClassVar, InitVar and KW_ONLY in this module's namespace
from dataclasses import InitVar as IV


@dataclass
class Named:
    a: int
    scale: IV[int] = 2
    k: KW_ONLY
    b: int = 0

    def __post_init__(self, scale):
        self.a *= scale

print(Named(1), Named(1, 5, b=2), [f.name for f in fields(Named)], Named.__match_args__)
