# dir(): the calling frame's names, a module's, a class's along its MRO, an instance's, __dir__.
import math


def public(names):
    return [n for n in names if not n.startswith("_")]


class Base:
    kind = "base"

    def hello(self):
        return "hi"


class Child(Base):
    def __init__(self):
        self.x = 1
        self._y = 2

    def extra(self):
        pass


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


def f(p, q=1):
    r = p + q
    return dir()


print(f(1), public(dir()))
print(public(dir(Child)), public(dir(Child())), "__init__" in dir(Child), "__class__" in dir(Child()))
print(dir(Custom()), public(dir(math))[:6], "sqrt" in dir(math))
print(public(dir([]))[:5], "append" in dir([]), "keys" in dir({}), "upper" in dir("s"), "bit_length" in dir(1))
print(dir() == sorted(dir()), len(dir(Base)) > 3)
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
