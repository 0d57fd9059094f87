# Classes made by a metaclass are containers like every class: their cycles (the MRO holds the
# class) are collected, and the metaclass lives as long as a class made by it does.
import gc
import sys

gc.collect()


class Meta(type):
    made = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Meta.made.append(name)


def make(n):
    classes = []
    for i in range(n):
        base = classes[-1] if classes else object
        classes.append(Meta("C%d" % i, (base,), {"i": i, "me": None}))
    classes[-1].me = classes[-1]   # a cycle through the class dict too
    return classes


before = sys.getrefcount(Meta)
made = make(5)
print(len(Meta.made), [c.__name__ for c in type(made[-1]).__mro__], made[-1].i)
print(sys.getrefcount(Meta) - before)
inst = made[3]()
print(type(inst).__name__, isinstance(inst, made[1]), type(type(inst)) is type)
del inst
del made
print(gc.collect() > 0)
print(sys.getrefcount(Meta) - before)


class Tracker(type):
    pass


class Node(metaclass=Tracker):
    def __init__(self):
        self.other = None


a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(gc.collect() > 0)
print(gc.is_tracked(Node), gc.is_tracked(Tracker))
print(sorted(gc.get_referents(Node), key=lambda x: type(x).__name__)[0] is Tracker or Tracker in gc.get_referents(Node))
del Node
print(gc.collect() > 0)
