# The enum module: members by value, name and attribute, aliases, auto(), methods, tuple values
# with __init__, _missing_, _generate_next_value_, the functional API, IntEnum and StrEnum.
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.BLUE), f"[{Color.GREEN:>14}]", Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in reversed(Color)])
print(Color(2), Color["BLUE"], Color.RED.describe(), Color.default(), type(Color.RED).__name__)
print(list(Color.__members__), Color.RED in Color, Color.CRIMSON in Color)
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON], sorted(Color, key=lambda m: -m.value)[0])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, isinstance(Color.RED, Color))
for bad in (lambda: Color(7), lambda: Color["PINK"], lambda: Color.RED < Color.GREEN):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    LINE = 10
    ARC = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print([(s.name, s.value) for s in Shape], Shape("circle"), Shape(11))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    NORTH = auto()
    SOUTH = auto()


print(Named.NORTH.value, Named("South"))


class Level(IntEnum):
    LOW = 1
    HIGH = 3


print(repr(Level.HIGH), str(Level.LOW), f"{Level.HIGH}", Level.HIGH > Level.LOW, Level.LOW + 1, sorted([Level.HIGH, 2, Level.LOW]))
print(Level(3), [1, 2, 3, 4][Level.HIGH], isinstance(Level.LOW, int), Level.LOW == 1)


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(repr(Mode.READ), str(Mode.WRITE), Mode.READ.upper(), Mode("w"), Mode.READ == "read", "-".join(Mode))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Pair = Enum("Pair", [("ONE", 1), ("TWO", 2)])
print(Pair.TWO, Pair(1).name, type(Animal).__name__)
