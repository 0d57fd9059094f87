# globals(), locals() and vars() in modules, functions and class bodies.
x = 1
def f(a, b=2):
    c = a + b
    def g():
        return c
    print(sorted(locals()), locals()["c"], vars()["a"])
    return g
f(1)
print(globals()["x"], "f" in globals(), sorted(k for k in locals() if not k.startswith("__")))
class K:
    y = 2
    print(sorted(k for k in locals() if not k.startswith("__")))
    def m(self):
        pass
k = K(); k.z = 3
print(vars(k), vars(K)["y"])
try:
    vars(5)
except TypeError as e:
    print(e)
try:
    globals(1)
except TypeError as e:
    print(e)
