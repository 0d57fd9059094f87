# WeakMethod and finalize
import gc
import weakref


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, other):
        return "%s greets %s" % (self.name, other)


g = Greeter("ann")
wm = weakref.WeakMethod(g.hello)
print(wm()("bob"), isinstance(wm, weakref.ref), type(wm).__name__)
print(wm == weakref.WeakMethod(g.hello), hash(wm) == hash(weakref.WeakMethod(g.hello)))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
dead = []
wm2 = weakref.WeakMethod(g.hello, lambda r: dead.append(r is wm2))
del g
print(wm(), wm2(), dead)


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, how="normally"):
    print("cleanup", name, how)
    return name.upper()


r1 = Resource("r1")
f1 = weakref.finalize(r1, cleanup, "r1")
print(f1.alive, f1.atexit, f1.peek()[1] is cleanup, f1.peek()[2])
del r1
print(f1.alive, f1(), f1.peek(), f1.detach())

r2 = Resource("r2")
f2 = weakref.finalize(r2, cleanup, "r2", how="by call")
print(f2(), f2.alive, f2())
del r2

r3 = Resource("r3")
f3 = weakref.finalize(r3, cleanup, "r3")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is cleanup, args, kwargs, f3.alive)
del r3, obj

# a finalizer of an object in a cycle runs at the collection
r4 = Resource("r4")
r4.me = r4
f4 = weakref.finalize(r4, cleanup, "r4", how="by the collector")
del r4
gc.collect()
print(f4.alive)

# finalizers still alive at exit run then, newest first, unless atexit is false
keep = [Resource("a"), Resource("b"), Resource("c")]
weakref.finalize(keep[0], cleanup, "a", how="at exit")
weakref.finalize(keep[1], cleanup, "b", how="at exit")
quiet = weakref.finalize(keep[2], cleanup, "c", how="never")
quiet.atexit = False
print(quiet.atexit, quiet.alive)
print("end of the program")
