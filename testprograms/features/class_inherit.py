class A:
    def __init__(self): self.log = ["A"]
    def who(self): return "A"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
class C(A):
    def __init__(self):
        super().__init__()
        self.log.append("C")
    def who(self): return "C"
class D(B, C):
    def __init__(self):
        super().__init__()
        self.log.append("D")
d = D(); print(d.log, d.who(), [k.__name__ for k in D.mro()], D.__base__.__name__)
print(isinstance(d, A), issubclass(D, (int, C)))
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class NoInit(A): pass
print(NoInit().log)
class WithArgs:
    def __init__(self, a, b=2): self.a, self.b = a, b
class SubArgs(WithArgs):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.sub = True
s = SubArgs(1, b=5); print(s.a, s.b, s.sub)
try:
    WithArgs()
except TypeError as e:
    print("TypeError:", e)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class InitReturns:
    def __init__(self): return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
class Deep:
    def m(self): return "Deep"
class Deeper(Deep):
    def m(self): return "Deeper>" + super().m()
class Deepest(Deeper):
    def m(self): return "Deepest>" + super().m()
print(Deepest().m(), super(Deeper, Deepest()).m())
class Shadow:
    attr = "class"
    def attr_method(self): return self.attr
sh = Shadow(); sh.attr = "instance"; print(sh.attr_method(), Shadow.attr)
class Override(dict if False else object):
    def __str__(self): return "Override"
print(str(Override()))
class Abstractish:
    def run(self): return self.step()
    def step(self): raise NotImplementedError("subclass must implement")
class Concrete(Abstractish):
    def step(self): return "stepped"
print(Concrete().run())
try:
    Abstractish().run()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Meta1: 
    pass
print(type(Meta1), type(Meta1()), Meta1.__class__, Meta1().__class__ is Meta1)
print(object.__name__, isinstance(object(), object), type(object()) is object)
class ClassVarMutate:
    shared = []
    def __init__(self, v): self.shared.append(v)
ClassVarMutate(1); ClassVarMutate(2); print(ClassVarMutate.shared)
class SuperInClassmethod(Deep):
    @classmethod
    def make(cls): return super().m if False else cls.__name__
print(SuperInClassmethod.make())
class Base2:
    def __init_subclass__(cls): cls.registered = True
class Plugin(Base2): pass
print(Plugin.registered, hasattr(Base2, "registered"))
