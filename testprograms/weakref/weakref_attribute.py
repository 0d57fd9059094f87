# obj.__weakref__: the first weak reference to obj, or None; only where the class added the weak list
import weakref


class A:
    pass


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("__weakref__",)


class ListSub(list):
    pass


class SetSub(set):
    pass


a = A()
print(a.__weakref__)
with_callback = weakref.ref(a, print)
print(a.__weakref__ is with_callback)
basic = weakref.ref(a)
print(a.__weakref__ is basic)
del with_callback, basic
print(a.__weakref__)
print(SlottedWeak().__weakref__, ListSub().__weakref__)
for obj in [Slotted(), SetSub(), object(), 1]:
    try:
        obj.__weakref__
    except AttributeError as e:
        print("AttributeError:", e)
