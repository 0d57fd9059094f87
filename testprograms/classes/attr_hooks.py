# __getattribute__, __getattr__, __setattr__, __delattr__, __set_name__, __init_subclass__.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "default:" + name

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)


o = Logged()
o.a = 1
print(o.a, o.missing, o.secret_key, o.log)
del o.a
print(o.log, o.a)


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


class Model:
    width = Field()
    height = Field()


m = Model()
m.width = 5
print(m.width, m.height, Model.width.name)


class Plugin:
    registry = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Plugin.registry.append(cls.__name__)


class A(Plugin, tag="a"):
    pass


class B(A):
    pass


print(Plugin.registry, A.tag, B.tag)
print(getattr(o, "zzz"), hasattr(o, "secret_x"), object.__getattribute__(m, "_width"))
try:
    class Bad(Model, flavor=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Strict:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        return 42


try:
    Strict().boom
except KeyError as e:
    print("KeyError:", e)
print(Strict().anything, getattr(Strict(), "x", 0))


class Twice:
    __slots__ = ("v",)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value + value)


t = Twice()
t.v = "ab"
print(t.v, type("Dyn", (Plugin,), {}).tag, Plugin.registry)
