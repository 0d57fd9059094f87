# LOAD_GLOBAL specializes into LOAD_GLOBAL_MODULE (a global) or LOAD_GLOBAL_BUILTIN (a builtin no
# global shadows), guarded by the versions of the globals' and builtins' keys. Each loop runs
# often enough for the rewrite, then the globals or builtins change under it.
import builtins

def reads():
    out = []
    for i in range(40):
        out.append(len("ab"))      # a builtin
        out.append(X)              # a global
    return out[-4:]

X = 1
print(reads())
X = 2                              # a new value, the same key: the version stands
print(reads())
del X                              # a key goes: the version goes with it
try:
    reads()
except NameError as e:
    print("NameError:", e)
X = 3
builtins.len = lambda s: 99        # a builtin replaced
print(reads())
len = lambda s: 7                  # a global now shadows the builtin
print(reads())
del len
print(reads())
del builtins.len                   # the builtin is gone
try:
    reads()
except NameError as e:
    print("NameError:", e)
builtins.len = lambda s: sum(1 for _ in s)   # and back
print(reads())

def absolutes():
    return [abs(-i) for i in range(3)]

for i in range(30):
    absolutes()
globals()['abs'] = str             # through the globals dict itself
print(absolutes())
del globals()['abs']
print(absolutes())
for k in range(200):               # the globals' keys grow (a new keys block)
    globals()['g%d' % k] = k
print(absolutes(), reads())

# one code object run under two globals dicts
ns1, ns2 = {'Y': 'one'}, {'Y': 'two'}
module = compile("def h():\n    return [Y for _ in range(30)][-1]\n", "<h>", "exec")
exec(module, ns1)
exec(module, ns2)
print(ns1['h'].__code__ is ns2['h'].__code__)
print(ns1['h'](), ns2['h'](), ns1['h'](), ns2['h']())

# globals that are a dict whose keys are not all strs
G = {'Z': 5, 1: 'one'}
exec("def k():\n    return [Z for _ in range(30)][-1]\n", G)
print(G['k']())
G['Z'] = 6
print(G['k']())
