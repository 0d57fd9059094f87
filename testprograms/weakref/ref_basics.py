# weakref.ref: the referent while it lives, None after; one basic ref per object; callbacks
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


a = Node("a")
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.ref(a, None) is r)
print(type(r).__name__, type(r).__module__, weakref.ref is weakref.ReferenceType)
print(isinstance(r, weakref.ref), r.__callback__)
print(weakref.getweakrefcount(a), weakref.getweakrefcount(1), weakref.getweakrefs([]))


def report(wr):
    print("callback:", wr is r2, wr(), weakref.getweakrefcount(a) if "a" in globals() else "-")


r2 = weakref.ref(a, report)
r3 = weakref.ref(a, report)
print(r2 is r3, r2.__callback__ is report, weakref.getweakrefcount(a))
# the basic ref first, then the others, newest first
print([w is r for w in weakref.getweakrefs(a)], weakref.getweakrefs(a)[1] is r3)

# hash and equality are the referent's while it lives
print(hash(r) == hash(a), r == r2, r != r2, r == weakref.ref(Node("b")))
h = hash(r2)
del a
print(r(), r2(), r == r2, r == r, hash(r2) == h)
try:
    hash(r3)
except TypeError as e:
    print("TypeError:", e)

# what cannot be weakly referenced
for value in [1, 2.5, "s", b"b", [], {}, (), None, True, range(3), object()]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class IntSub(int):
    pass


class ListSub(list):
    pass


for cls in [Slotted, SlottedWeak, IntSub, ListSub]:
    try:
        obj = cls()
        print(cls.__name__, weakref.ref(obj)() is obj)
    except TypeError as e:
        print("TypeError:", e)

try:
    class Bad(int):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)

# functions, classes, methods, sets, generators, modules
def f():
    pass


def gen():
    yield 1


import math
bound = Node("m").__repr__
for obj in [f, Node, set(), frozenset([1]), gen(), math, len, bound]:
    print(type(obj).__name__, weakref.ref(obj)() is obj)

# argument errors
for call in [lambda: weakref.ref(), lambda: weakref.ref(f, None, 3), lambda: weakref.ref(f, callback=None),
             lambda: weakref.ref(f)(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
