# Metaclasses: class M(type) with __new__, __init__, __call__, __prepare__, methods and properties
# seen from their classes, the metaclass of the bases, conflicts, and a function as metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def upper(cls):
        return cls.__name__.upper()

class A(metaclass=Meta):
    x = 1
    def __init__(self, v):
        self.v = v

class B(A, flag=3):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

print(type(A) is Meta, type(B) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.registered, A.hello(), B.upper, A.x)
a = A(5)
print(a.v, type(a).__name__)
print(Meta.__mro__)
print(type.__prepare__("x", ()), type.__init__)
try:
    A.nope
except AttributeError as e:
    print("AttributeError:", e)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
class C(metaclass=Ordered):
    y = injected + 1
    def __init_subclass__(cls, **kw): pass
print(C.y, C.injected)

class M2(type): pass
class D(metaclass=M2): pass
try:
    class E(A, D): pass
except TypeError as e:
    print("TypeError:", e)

def fmeta(name, bases, ns):
    return (name, len(bases), sorted(ns))
class F(metaclass=fmeta):
    z = 1
print(F)
T = type('T', (A,), {'q': 1})
print(type(T).__name__, T.q)
class Bad(type):
    @classmethod
    def __prepare__(m, name, bases): return 5
try:
    class G(metaclass=Bad): pass
except TypeError as e:
    print("TypeError:", e)
import gc
del A, B, a, T
print(gc.collect() >= 0)
