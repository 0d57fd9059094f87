# atexit: the functions run at exit, last registered first, with their arguments; an exception
# in one is printed and the others still run
import atexit


class Named:
    def __init__(self, label, fail=False):
        self.label = label
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print("exit function", self.label, args, sorted(kwargs.items()))
        if self.fail:
            raise RuntimeError(self.label + " failed")

    def __repr__(self):
        return "Named(%s)" % self.label


first = Named("first")
print(atexit.register(first) is first)
atexit.register(Named("second"), 1, 2)
failing = Named("failing", fail=True)
atexit.register(failing)
atexit.register(Named("fourth"), key="value")
gone = Named("gone")
atexit.register(gone)
atexit.register(gone, "twice")
atexit.unregister(gone)


def decorated():
    print("decorated ran")


print(atexit.register(decorated) is decorated)
for bad in [lambda: atexit.register(), lambda: atexit.register(1), lambda: atexit.unregister()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print("end of the program")
