class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._c = None
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
t = Temp(); t.celsius = 100; print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius; print(t.celsius)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.fahrenheit.fset, Temp.celsius.__doc__)
class Child(Temp):
    @property
    def celsius(self): return "child " + str(super().celsius)
c = Child(); c._c = 5; print(c.celsius)
class Lazy:
    def __init__(self): self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
l = Lazy(); print(l.value, l.value, l.calls)
class Counter:
    instances = 0
    def __init__(self): Counter.instances += 1
    @classmethod
    def count(cls): return cls.instances
    @staticmethod
    def helper(x): return x * 2
class SubCounter(Counter): pass
Counter(); SubCounter(); SubCounter()
print(Counter.count(), SubCounter.count(), SubCounter.instances, Counter().helper(5), SubCounter.helper(1))
class Alt:
    @classmethod
    def create(cls, *args): return cls, args
class AltSub(Alt): pass
print(AltSub.create(1, 2)[0].__name__, AltSub().create()[1])
sm = staticmethod(lambda: "sm"); cm = classmethod(lambda cls: cls.__name__)
class Manual:
    s = sm
    c = cm
print(Manual.s(), Manual().s(), Manual.c(), Manual().c())
class AttrDefaults:
    x = 10
    def __init__(self, shadow): 
        if shadow: self.x = 20
a, b = AttrDefaults(False), AttrDefaults(True)
print(a.x, b.x, AttrDefaults.x); AttrDefaults.x = 11; print(a.x, b.x); del b.x; print(b.x)
class Method:
    def m(self): return self
mm = Method(); bound = mm.m; print(bound() is mm, Method.m(mm) is mm, bound.__self__ is mm, bound == mm.m, bound is mm.m)
print(callable(Method.m), Method.m.__qualname__, type(bound).__name__)
class Chain:
    def __init__(self): self.ops = []
    def add(self, x): self.ops.append(x); return self
print(Chain().add(1).add(2).ops)
def method_outside(self): return "outside " + type(self).__name__
class Attach: pass
Attach.m = method_outside; print(Attach().m())
inst = Attach(); inst.f = lambda: "instance function"; print(inst.f())
class Repr:
    def __repr__(self): return "<Repr>"
print(str(Repr()), "%s" % Repr(), format(Repr()), f"{Repr()}", [Repr()], (Repr(),))
class StrOnly:
    def __str__(self): return "str-only"
print(f"{StrOnly()!r}".startswith("<__main__.StrOnly object"), "{}".format(StrOnly()))
