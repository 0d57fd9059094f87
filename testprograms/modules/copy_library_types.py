# copy of the library's own types: enum members, functools.partial, ChainMap, SimpleNamespace, Template
import collections
import copy
import enum
import functools
import string
import types

class Color(enum.Enum):
    RED = 1
    GREEN = [2]
class Perm(enum.Flag):
    R = 4
    W = 2
for member in (Color.RED, Color.GREEN, Perm.R | Perm.W):
    print(member, copy.copy(member) is member, copy.deepcopy(member) is member)
print(copy.deepcopy([Color.GREEN, {Color.RED: Perm.W}]))
print(Color.RED.__reduce_ex__(4), copy.deepcopy(Color) is Color)

def tag(name, *children, sep=' ', **attrs):
    return '<%s %s>%s' % (name, attrs, sep.join(map(str, children)))
p = functools.partial(tag, 'div', [1], sep='|', cls=['x'])
for q in (copy.copy(p), copy.deepcopy(p)):
    print(type(q).__name__, q(2), q.func is tag, q.args[1] is p.args[1], q.keywords['cls'] is p.keywords['cls'])
mp = functools.partial(functools.partial(tag, 'span'), 'a')
print(copy.deepcopy(mp)('b'), copy.deepcopy(functools.partial(len))([1]))

cm = collections.ChainMap({'a': [1]}, {'b': 2})
for c in (copy.copy(cm), copy.deepcopy(cm)):
    print(c, c.maps[0]['a'] is cm.maps[0]['a'])
ns = types.SimpleNamespace(x=[1], y='y')
for n in (copy.copy(ns), copy.deepcopy(ns)):
    print(n, n == ns, n.x is ns.x)
t = string.Template('$who')
print(copy.deepcopy(t).substitute(who='me'), copy.copy(t).template is t.template)
class Sub(collections.ChainMap):
    pass
sc = copy.deepcopy(Sub({'k': [1]}))
print(type(sc).__name__, sc)
od = collections.OrderedDict(a=1)
od.extra = 'e'
print(copy.deepcopy(od), copy.deepcopy(od).extra)
