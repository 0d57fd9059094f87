# Objects die the moment their last reference goes: __del__ prints show exactly when.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("    __del__", self.name)
print("rebinding a name")
a = Noisy("first")
a = Noisy("second")
print("del of the last name")
del a
print("function return value discarded")
def make(n):
    return Noisy(n)
make("discarded")
print("kept result")
kept = make("kept")
print("list element replaced")
lst = [Noisy("e0"), Noisy("e1")]
lst[0] = None
print("list sliced away")
lst[:] = []
print("dict value overwritten")
d = {"k": Noisy("v1")}
d["k"] = Noisy("v2")
print("dict cleared")
d.clear()
print("chain of owners")
outer = Noisy("outer")
outer.inner = Noisy("inner")
outer.inner.inner = Noisy("innermost")
outer = None
print("exception object dies when the except block ends")
class NoisyError(Exception):
    def __del__(self):
        print("    __del__ NoisyError")
try:
    raise NoisyError()
except NoisyError:
    print("  in except")
print("after except")
print("local of a finished function")
def f():
    local = Noisy("local")
    print("  returning")
    return 1
f()
print("done; kept dies at exit")
