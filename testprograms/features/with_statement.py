class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as v:
    print("body", v)
with CM("b", True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with CM("x") as x, CM("y") as y:
    print(x, y)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__context__))
with CM("t") as (p):
    print(p)
class Tup:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): return False
with Tup() as (a, b):
    print(a + b)
