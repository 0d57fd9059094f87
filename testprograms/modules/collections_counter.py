# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, repr
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), c.total(), "z" in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), "".join(Counter(a=2, b=1, c=0, d=-1).elements()))
c.update("aaz")
c.update({"b": 10})
c.update(x=3)
print(c)
c.subtract("aaaa")
c.subtract({"x": 5}, y=1)
print(c)
del c["nothere"]
del c["y"]
print(c, c.get("y"))
p, q = Counter(a=3, b=1, e=-2), Counter(a=1, b=2, d=4)
print(p + q, p - q, q - p)
print(p | q, p & q, +p, -p)
r = Counter(a=1, b=-2)
r += Counter(a=1, c=3)
print(r)
r -= Counter(c=5)
print(r)
r |= Counter(a=7, z=1)
print(r)
r &= Counter(a=4)
print(r)
print(Counter() == Counter(), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) >= Counter(a=2, b=0))
print(Counter(a=1) > Counter(), Counter(a=1) == {"a": 1})
print(Counter(), repr(Counter(b=2, a=2)), Counter({1: "x", 2: "y"}))
print(Counter([1, 1, 2]).copy(), type(Counter().copy()).__name__, isinstance(c, dict))
print(sorted(Counter("hello world").items()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Counter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    p + {"a": 1}
except TypeError as e:
    print("TypeError:", e)


class Tally(Counter):
    pass


t = Tally("aab")
print(t, t.copy(), type(t.copy()).__name__, type(t + t).__name__)
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
