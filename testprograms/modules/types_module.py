# types: the names of built-in types, SimpleNamespace, ModuleType, MethodType, new_class and friends
import sys
import types

def f():
    pass
def g():
    yield 1
class C:
    __slots__ = ('s',)
    def m(self):
        return 'm of', type(self).__name__
checks = [(f, types.FunctionType), (lambda: 0, types.LambdaType), (f.__code__, types.CodeType),
          (g(), types.GeneratorType), (C().m, types.MethodType), (len, types.BuiltinFunctionType),
          ([].append, types.BuiltinMethodType), (sys, types.ModuleType), (C.s, types.MemberDescriptorType),
          (None, types.NoneType), (..., types.EllipsisType), (NotImplemented, types.NotImplementedType),
          (list[int], types.GenericAlias), (int | str, types.UnionType), (sys._getframe(), types.FrameType)]
for obj, t in checks:
    print(t.__name__, isinstance(obj, t), type(obj) is t)
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__) is types.TracebackType, isinstance(e.__traceback__.tb_frame, types.FrameType))
def outer():
    x = 1
    def inner():
        return x
    return inner
print(type(outer().__closure__[0]) is types.CellType, types.CellType.__name__)
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)

# SimpleNamespace
ns = types.SimpleNamespace(b=1, a=[2])
print(ns, ns.a, ns.b)
ns.c = 'new'
del ns.b
print(ns, sorted(vars(ns)), repr(types.SimpleNamespace()))
print(ns == types.SimpleNamespace(a=[2], c='new'), ns != types.SimpleNamespace(a=[2]), ns == {'a': [2], 'c': 'new'})
ns.me = ns
print(ns)
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(self=1, args=2, kwargs=3))
print(hasattr(ns, 'missing'), getattr(ns, 'missing', 'default'), types.SimpleNamespace.__hash__)
for bad in [lambda: types.SimpleNamespace(1), lambda: types.SimpleNamespace({'a': 1}), lambda: types.SimpleNamespace(**{1: 2})]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# ModuleType and MethodType
m = types.ModuleType('mymod', 'the doc')
m.x = 5
print(m, m.__name__, m.__doc__, m.x, sorted(vars(m)), types.ModuleType('other').__doc__)
exec('y = x * 2', m.__dict__)
print(m.y)
for bad in [lambda: types.ModuleType(), lambda: types.ModuleType(3), lambda: m.nothing]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
bound = types.MethodType(C.m, C())
print(bound(), bound.__func__ is C.m)
print(types.MethodType(lambda self, k: (self, k), 'obj')(3))

# new_class, prepare_class, resolve_bases
def body(ns):
    ns['x'] = 1
    ns['hello'] = lambda self: 'hi from ' + type(self).__name__
A = types.new_class('A', (), exec_body=body)
print(A.__name__, A.x, A().hello(), A.__mro__)
B = types.new_class('B', (A,))
print(B.__bases__, B().hello())
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'from_prepare': True}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
M = types.new_class('M', (), {'metaclass': Meta, 'flag': 1})
print(type(M).__name__, M.from_prepare)
print(types.prepare_class('P', (A,)), types.prepare_class('Q', (), {'metaclass': Meta, 'k': 2})[2])
class Entry:
    def __mro_entries__(self, bases):
        return (A, dict)
e = Entry()
print(types.resolve_bases((int, e)), types.resolve_bases((int,)))
N = types.new_class('N', (e,))
print(N.__bases__, N.__orig_bases__ == (e,))
class Meta2(type):
    pass
class D(metaclass=Meta2):
    pass
try:
    types.prepare_class('X', (D, M))
except TypeError as exc:
    print(type(exc).__name__, exc)
class BadEntry:
    def __mro_entries__(self, bases):
        return [A]
try:
    types.resolve_bases((BadEntry(),))
except TypeError as exc:
    print(type(exc).__name__, exc)
