class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Child(Base): pass
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return "got " + self.name
    def __set__(self, obj, val):
        print("set", self.name, val)
class UsesDesc:
    d = Desc()
u = UsesDesc(); print(u.d, type(UsesDesc.d).__name__); u.d = 3
class NonData:
    def __get__(self, obj, objtype=None): return "nondata"
class UsesND:
    nd = NonData()
n = UsesND(); print(n.nd); n.nd = "shadow"; print(n.nd)
class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("init", v)
w = WithNew(5); print(w.created)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class NotInit:
    def __new__(cls): return 42
print(NotInit())
class CV:
    items = []
    def add(self, x): self.items.append(x)
c1, c2 = CV(), CV(); c1.add(1); c2.add(2); print(CV.items)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
class MI1:
    def f(self): return "MI1"
class MI2:
    def f(self): return "MI2"
    def g(self): return "MI2.g"
class MI(MI1, MI2): pass
print(MI().f(), MI().g(), [k.__name__ for k in MI.__mro__])
class Diamond_A:
    def who(self): return ["A"]
class Diamond_B(Diamond_A):
    def who(self): return ["B"] + super().who()
class Diamond_C(Diamond_A):
    def who(self): return ["C"] + super().who()
class Diamond_D(Diamond_B, Diamond_C):
    def who(self): return ["D"] + super().who()
print(Diamond_D().who())
class SuperArgs(Diamond_B):
    def who(self): return super(Diamond_B, self).who()
print(SuperArgs().who())
class ClsAttr:
    counter = 0
    @classmethod
    def make(cls):
        cls.counter += 1
        return cls()
ClsAttr.make(); ClsAttr.make(); print(ClsAttr.counter)
class Prop:
    def __init__(self): self._x = 0
    x = property(lambda self: self._x, lambda self, v: setattr(self, "_x", v * 2), doc="the x")
p = Prop(); p.x = 5; print(p.x, Prop.x.__doc__)
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print("AttributeError:", e)
class Del:
    def __del__(self): print("del called")
d = Del(); del d; print("after del")
class Eq2:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(Eq2(1) == Eq2(1), Eq2(1) != Eq2(1), Eq2(1) != Eq2(2))
print(Eq2.__hash__)
