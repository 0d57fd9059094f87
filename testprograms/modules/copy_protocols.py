# copy: instances of classes, __copy__/__deepcopy__, the reduce protocol, __getstate__/__setstate__, errors
import copy

class Plain:
    def __init__(self, items):
        print('init called')
        self.items = items
p = Plain([1, [2]])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(type(pc).__name__, pc.items is p.items, pd.items == p.items, pd.items[1] is p.items[1])
print(copy.copy(Plain.__new__(Plain)).__dict__)

class Slots:
    __slots__ = ('a', '__b', 'c')
    def __init__(self):
        self.a = [1]
        self.__b = 2
    def b(self):
        return self.__b
class MoreSlots(Slots):
    __slots__ = ['d']
s = MoreSlots()
s.d = 'd'
for r in (copy.copy(s), copy.deepcopy(s)):
    print(r.a, r.b(), r.d, hasattr(r, 'c'), r.a is s.a)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__')
        return WithCopy(self.v + [0])
    def __deepcopy__(self, memo):
        print('__deepcopy__', type(memo).__name__, id(self) in memo)
        return WithCopy(copy.deepcopy(self.v, memo))
w = WithCopy([1])
print(copy.copy(w).v, copy.deepcopy([w, w])[0].v)

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        print('__reduce__')
        return (Reduced, (self.a,), {'b': self.b, 'extra': 1})
r = copy.deepcopy(Reduced([5], 7))
print(r.a, r.b, r.extra)

class ReducedEx:
    def __reduce_ex__(self, protocol):
        print('__reduce_ex__', protocol)
        return (list, (), None, iter([1, 2]))
print(copy.copy(ReducedEx()), copy.deepcopy(ReducedEx()))
class ByName:
    def __reduce__(self):
        return 'BY_NAME'
bn = ByName()
print(copy.copy(bn) is bn, copy.deepcopy(bn) is bn)

class State:
    def __init__(self):
        self.x = 1
        self.cache = 'big'
    def __getstate__(self):
        state = dict(self.__dict__)
        del state['cache']
        return state
    def __setstate__(self, state):
        print('__setstate__', sorted(state))
        self.__dict__.update(state)
        self.cache = None
st = copy.deepcopy(State())
print(st.x, st.cache)

class NewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self
    def __getnewargs__(self):
        return (int(self), self.tag)
na = copy.copy(NewArgs(3, 't'))
print(na, na.tag, type(na).__name__)
class MyInt(int):
    pass
mi = MyInt(7)
mi.note = 'n'
print(copy.copy(mi), copy.deepcopy(mi).note, type(copy.copy(mi)).__name__)
class MyStr(str):
    pass
print(repr(copy.deepcopy(MyStr('abc'))), type(copy.copy(MyStr('x'))).__name__)

class MyList(list):
    def append(self, x):
        print('append', x)
        super().append(x)
ml = MyList([1, 2])
ml.name = 'ml'
mlc = copy.deepcopy(ml)
print(mlc, mlc.name, type(mlc).__name__)
class MyDict(dict):
    pass
md = MyDict(a=[1])
mdc = copy.copy(md)
print(mdc, type(mdc).__name__, mdc['a'] is md['a'])
class MySet(set):
    pass
print(sorted(copy.deepcopy(MySet([3, 1]))), type(copy.copy(MySet())).__name__)

class Oops(Exception):
    pass
e = copy.deepcopy(Oops('bad', [1]))
print(type(e).__name__, e.args)

def gen():
    yield 1
import sys
for obj in (gen(), sys):
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(obj)
        except TypeError as exc:
            print(fn.__name__, type(exc).__name__, exc)
print(issubclass(copy.Error, Exception), copy.error is copy.Error, sorted(copy.__all__))
