# subclasses of weakref.ref keep their attributes; their callbacks get them
import weakref


class Named(weakref.ref):
    def __init__(self, ob, callback=None, name="?"):
        super().__init__(ob, callback)
        self.name = name

    def __new__(cls, ob, callback=None, name="?"):
        return super().__new__(cls, ob, callback)


class Thing:
    pass


t = Thing()
n = Named(t, None, name="first")
print(n.name, n() is t, isinstance(n, weakref.ref), type(n).__mro__[1].__name__)
print(n is weakref.ref(t), weakref.getweakrefcount(t))
plain = weakref.ref(t)
print(weakref.getweakrefs(t)[0] is plain, n == plain, hash(n) == hash(t))


def died(wr):
    print("died:", wr.name, wr())


m = Named(t, died, name="second")
print(weakref.getweakrefcount(t))
del t
print(n(), m())


class Counted(weakref.ref):
    pass


x = Thing()
c = Counted(x)
print(type(c).__name__, c() is x, c.__callback__)
del x
print(c())
