class A:
    x = 1
    def m(self): return 1
    print(sorted(locals()))
a = A(); a.y = 2
print(vars(a), [n for n in dir(a) if not n.startswith("__")], "m" in dir(A))
g = globals(); print(g["A"] is A, "g" in g, sorted(k for k in dir() if not k.startswith("__")))
def loc(p, q=2):
    r = 3
    def inner(): return r
    return sorted(locals().items(), key=lambda kv: kv[0])
print([k for k, v in loc(1)])
import math
print("sqrt" in dir(math), dir(a) == sorted(dir(a)))
try: vars(1)
except TypeError as e: print(e)
class D:
    def __dir__(self): return ["z", "b"]
print(dir(D()))
def ann(x: int, *, y: str = "") -> None: pass
print(ann.__annotations__, ann.__kwdefaults__, ann.__dict__)
def noann(): pass
print(noann.__annotations__, noann.__kwdefaults__)
