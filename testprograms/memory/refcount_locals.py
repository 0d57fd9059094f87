# sys.getrefcount of fresh objects: the argument itself adds one reference.
import sys
x = []
print("fresh list bound to one name:", sys.getrefcount(x))
y = x
print("after y = x:", sys.getrefcount(x))
z = y
print("after z = y:", sys.getrefcount(x))
del y
print("after del y:", sys.getrefcount(x))
z = None
print("after z = None:", sys.getrefcount(x))
print("temporary list:", sys.getrefcount([]), "temporary dict:", sys.getrefcount({}))
print("temporary instance:", sys.getrefcount(object()))
s = "".join(["ab", "cd", "ef"])
print("computed string:", sys.getrefcount(s))
n = int("123456789123456789")
print("computed big int:", sys.getrefcount(n))
f = float("2.5")
print("computed float:", sys.getrefcount(f))
def inside():
    local = {}
    a = sys.getrefcount(local)
    other = local
    b = sys.getrefcount(local)
    return a, b
print("inside a function:", inside())
def param(p):
    return sys.getrefcount(p)
print("parameter of a temporary:", param([]))
print("parameter of a global:", param(x))
