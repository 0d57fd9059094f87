# callbacks at deallocation (CPython's PyObject_ClearWeakRefs): after __del__, basic refs
# cleared first, the other callbacks in list order; an exception in a callback is printed
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "refs:", weakref.getweakrefcount(self))


class Callback:
    def __init__(self, label, fail=False):
        self.label = label
        self.fail = fail

    def __call__(self, wr):
        print("callback", self.label, wr())
        if self.fail:
            raise ValueError("callback " + self.label + " failed")

    def __repr__(self):
        return "Callback(%s)" % self.label


o = Obj("o")
basic = weakref.ref(o)
first = weakref.ref(o, Callback("first"))
second = weakref.ref(o, Callback("second", fail=True))
third = weakref.ref(o, Callback("third"))
print("count", weakref.getweakrefcount(o))
del o
print("after", basic(), first(), first.__callback__, weakref.getweakrefcount(first))

# a weakref that dies before its referent: no callback
o2 = Obj("o2")
lost = weakref.ref(o2, Callback("lost"))
del lost
del o2


# a callback that makes a new object and keeps the dead weakref
kept = []


def keep(wr):
    kept.append(wr)
    print("kept", wr() is None, len(kept))


def f():
    pass


rf = weakref.ref(f, keep)
del f
print(kept[0] is rf)

# a container of weakly referenced objects, released item by item
items = [Obj(str(i)) for i in range(3)]
watchers = [weakref.ref(it, Callback("item " + it.name)) for it in items]
del items
print([w() for w in watchers])
