# Breaking a cycle by hand lets reference counting free it without the collector.
import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
gc.disable()
a = Noisy("a")
b = Noisy("b")
a.other = b
b.other = a
print("unbind names: cycle keeps both alive")
del a, b
print("collector finds:", gc.collect())
c = Noisy("c")
d = Noisy("d")
c.other = d
d.other = c
print("break the cycle first")
c.other = None
del d
print("d still referenced by c? no: d.other -> c only")
del c
print("collector finds:", gc.collect())
gc.enable()
