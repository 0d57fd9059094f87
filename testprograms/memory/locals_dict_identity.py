# locals() in a function is one dict per frame, brought up to date on each call (CPython 3.11),
# which the frame keeps until it finishes
import gc
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def f():
    a = Tracked("a")
    d = locals()
    e = locals()
    print(d is e, sorted(d))
    del a
    print("after del a:", sorted(locals()), "a" in d)
    b = Tracked("b")
    print(sys.getrefcount(b))
    locals()
    print(sys.getrefcount(b))
    print("returning")


f()
print("returned")
gc.collect()


def cycle():
    d = locals()
    d2 = locals()  # d2 now holds the dict itself: frame dict -> dict
    c = Tracked("c")
    locals()
    return 1


cycle()
print("collected", gc.collect())
