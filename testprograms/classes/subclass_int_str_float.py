# Subclasses of int, float and str: values, operators, methods and the instances' own attributes.
import gc


class Meters(int):
    unit = "m"

    def __repr__(self):
        return "Meters(%d)" % self

    def __add__(self, other):
        return Meters(int(self) + int(other))

    def double(self):
        return Meters(self * 2)


m = Meters(5)
print(m, repr(m), str(m), m + 3, type(m + 3).__name__, 3 + m, type(3 + m).__name__)
print(m * 2, type(m * 2).__name__, m.double(), -m, abs(Meters(-4)), m // 2, m % 3, m ** 2, m << 1)
print(m == 5, m < 6, hash(m) == hash(5), {m: "five"}[5], bool(Meters(0)), int(m), type(int(m)).__name__)
print(isinstance(m, int), issubclass(Meters, int), Meters.__mro__ if False else Meters.__bases__[0].__name__)
print(f"{m:>6}|{m:x}|{m!r}", "%d %s" % (m, m), m.bit_length(), m.unit, m.real, type(m.real).__name__)
m.label = "length"
print(m.label, m.__dict__, sorted([Meters(3), 1, Meters(2)]))
print(Meters("12"), Meters("ff", 16), Meters(), Meters(7.9))


class Celsius(float):
    def __new__(cls, degrees, scale="C"):
        if scale == "F":
            degrees = (degrees - 32) * 5 / 9
        return super().__new__(cls, degrees)

    def __init__(self, degrees, scale="C"):
        self.scale = scale

    def __str__(self):
        return "%.1f°C" % self


c = Celsius(212, "F")
print(c, repr(c), c.scale, c + 1, type(c + 1).__name__, c > 99.5, round(c), float(c), type(float(c)).__name__)
print(Celsius(36.6).is_integer(), Celsius(40.0).is_integer(), f"{c:.3f}", -c, abs(Celsius(-3)))


class Word(str):
    def shout(self):
        return self.upper() + "!"

    def __len__(self):
        return 100


w = Word("hello")
print(w, repr(w), w.shout(), len(w), w + "x", type(w + "x").__name__, w * 2, w[1:3], type(w[1:3]).__name__)
print(w == "hello", "ell" in w, w.startswith("he"), {w: 1}["hello"], str(w), type(str(w)).__name__, list(w)[:2])
print(w.split("l"), "-".join([w, w]), f"[{w:>8}]", "%s|%r" % (w, w), sorted([Word("b"), "a", Word("c")]))
print(isinstance(w, str), w.__class__.__name__, Word(), Word(123), Word([1, 2]))


class Name(str):
    def __new__(cls, first, last):
        self = super().__new__(cls, first + " " + last)
        self.first = first
        self.last = last
        return self


n = Name("Ada", "Lovelace")
print(n, n.first, n.last, n.lower(), len(n), n.__dict__)

# a cycle through an instance's attributes is found by the collector
gc.collect()
a = Meters(1)
b = Word("b")
a.other = b
b.other = a
print(gc.is_tracked(a), gc.is_tracked(b))
del a, b
print(gc.collect())
