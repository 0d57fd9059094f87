# functools.singledispatch: dispatch along the MRO, register forms, errors; singledispatchmethod
import functools

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

@functools.singledispatch
def describe(obj, suffix=""):
    """Describe anything."""
    return "object " + type(obj).__name__ + suffix

@describe.register
def _(obj: int, suffix=""):
    return "int %d%s" % (obj, suffix)

@describe.register(list)
def describe_list(obj, suffix=""):
    return "list of %d%s" % (len(obj), suffix)

def describe_text(obj, suffix=""):
    return "text " + obj + suffix
print(describe.register(str, describe_text) is describe_text)

@describe.register(float | bytes)
def _(obj, suffix=""):
    return "float or bytes" + suffix

class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass

@describe.register
def _(obj: Dog, suffix=""):
    return "dog" + suffix

print(describe(3), describe(True), describe([1, 2], suffix="!"), describe("hi"), describe(2.5))
print(describe(b"x"), describe({}), describe(Animal()), describe(Dog()), describe(Puppy(), "?"))
print(describe.__name__, describe.__doc__, describe.dispatch(bool).__name__, describe.dispatch(Puppy) is describe.dispatch(Dog))
print(describe.dispatch(object).__name__, sorted(k.__name__ for k in describe.registry))

@describe.register
def _(obj: Puppy, suffix=""):
    return "puppy" + suffix
print(describe(Puppy()), describe(Dog()))

t(describe)
t(describe.register, 3, len)
t(describe.register, len)
def bad_annotation(x: 3): pass
t(describe.register, bad_annotation)

class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "default " + repr(arg)
    @fmt.register
    def _(self, arg: int):
        return "int " + str(arg * self.scale)
    @fmt.register(list)
    def _(self, arg):
        return "list " + ",".join(self.fmt(x) for x in arg)
    scale = 10

f = Formatter()
print(f.fmt(1), f.fmt("s"), f.fmt([1, "a"]), Formatter.fmt.__name__)
