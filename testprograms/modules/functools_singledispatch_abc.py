# singledispatch over abstract base classes: collections.abc types, a class registered with an
# ABC after the first dispatch, an ABC placed before a concrete base; partialmethod and
# singledispatchmethod over classmethods (their __annotations__ and __get__).
from functools import singledispatch
from collections.abc import Mapping, Sequence, Iterable, MutableSequence
from collections import OrderedDict, deque, UserList
import abc

@singledispatch
def kind(x):
    return "object"

@kind.register
def _(x: Mapping):
    return "mapping"

@kind.register
def _(x: Sequence):
    return "sequence"

@kind.register
def _(x: str):
    return "str"

@kind.register(Iterable)
def _(x):
    return "iterable"

print([kind(v) for v in ({}, OrderedDict(), [], (), "s", deque(), UserList(), {1}, 3, iter([]))])

class Thing:
    pass

print(kind(Thing()))
Sequence.register(Thing)
print(kind(Thing()))

class Base:
    pass
class Derived(Base):
    pass
@kind.register
def _(x: Base):
    return "base"
class Virtual(abc.ABC):
    pass
@kind.register
def _(x: Virtual):
    return "virtual"
Virtual.register(Derived)
print(kind(Base()), kind(Derived()))
from functools import partialmethod, singledispatchmethod
class A:
    def set(self, k, v): return (k, v)
    a = partialmethod(set, "a")
    @classmethod
    def make(cls, x): return (cls.__name__, x)
    mk = partialmethod(make, 1)
    @singledispatchmethod
    def f(self, x): return "obj"
    @f.register
    def _(self, x: int): return "int"
    @singledispatchmethod
    @classmethod
    def g(cls, x): return "cobj"
    @g.register
    @classmethod
    def _(cls, x: str): return "cstr"
print(A().a(2), A().mk(), A.mk(), A().f(1), A().f("s"), A.g("x"), A.g(1))
