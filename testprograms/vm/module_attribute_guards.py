# LOAD_ATTR_MODULE and LOAD_METHOD_MODULE read a module's attribute at a word of its dict's keys,
# guarded by their version (as LOAD_GLOBAL_MODULE): each loop runs often enough for the rewrite,
# then the module changes under it. A module's __getattr__ (PEP 562) answers for missing names.
import math
import types

def reads():
    return [math.pi for _ in range(40)][-1], [math.floor(2.5) for _ in range(40)][-1]

print(reads())
math.pi = 3                        # a new value under the same key
print(reads())
math.new_name = 1                  # a key added: the version goes
print(reads())
del math.pi                        # the key goes
try:
    reads()
except AttributeError as e:
    print("AttributeError:", e)
math.pi = 3.141592653589793

m2 = types.ModuleType("m2")
m2.pi = "two"
m2.floor = lambda x: "floor of m2"

def either(m):
    return [m.pi for _ in range(40)][-1], [m.floor(1.5) for _ in range(40)][-1]

print(either(math), either(m2), either(math))   # one site, two modules

lazy = types.ModuleType("lazy")
calls = []
def module_getattr(name):
    calls.append(name)
    if name.startswith("x"):
        return name.upper()
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")
lazy.__getattr__ = module_getattr

def from_lazy():
    return [lazy.xyz for _ in range(40)][-1]

print(from_lazy(), len(calls))
lazy.xyz = "real"                  # found in the dict now: __getattr__ is not asked
print(from_lazy(), len(calls))
print(getattr(lazy, "other", "default"), hasattr(lazy, "other"), hasattr(lazy, "xa"))
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
print(calls[-4:])
