# types.DynamicClassAttribute: an attribute of instances that the class defers to its metaclass's __getattr__
import types
class Meta(type):
    def __getattr__(cls, name):
        return 'meta says ' + name
class C(metaclass=Meta):
    def __init__(self):
        self._v = 1
    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v
    @value.setter
    def value(self, v):
        self._v = v
c = C()
print(c.value, C.value)
c.value = 5
print(c.value, C.__dict__['value'].__doc__)
try:
    del c.value
except AttributeError as e:
    print(type(e).__name__, e)
class D:
    @types.DynamicClassAttribute
    def x(self):
        return 1
try:
    D.x
except AttributeError as e:
    print(type(e).__name__, repr(e))
print(D().x)
try:
    D().x = 2
except AttributeError as e:
    print(type(e).__name__, e)
import abc
class E(abc.ABC):
    @types.DynamicClassAttribute
    @abc.abstractmethod
    def name(self):
        "abstract name"
print(E.name.__isabstractmethod__, E.name.__doc__, sorted(E.__abstractmethods__))
g = types.DynamicClassAttribute(doc='given')
print(g.__doc__, g.overwrite_doc, g.getter(lambda self: 'got').__doc__)
try:
    class F:
        attr = types.DynamicClassAttribute()
    F().attr
except AttributeError as e:
    print(type(e).__name__, e)
