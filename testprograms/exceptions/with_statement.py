# with: __enter__/__exit__ order, the exception passed to __exit__, suppression, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as v:
    print("body with", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
try:
    with CM("x"), CM("y", suppress=True), CM("z"):
        raise RuntimeError("only z and y see it")
    print("continued after y suppressed")
except RuntimeError:
    print("not reached")
def early_return():
    with CM("ret"):
        return "returned"
print(early_return())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
class Failing:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with Failing():
        print("never")
except OSError as e:
    print("OSError:", e)
