# Class vs instance attributes, shared mutable class attributes, __dict__, setattr/getattr.
class Config:
    shared = []
    version = 1
    def __init__(self, name):
        self.name = name
a, b = Config("a"), Config("b")
a.shared.append("from a")
print(b.shared, Config.shared)
a.version = 2
print(a.version, b.version, Config.version)
Config.version = 3
print(a.version, b.version)
print(sorted(a.__dict__), sorted(b.__dict__))
setattr(b, "dynamic", 42)
print(getattr(b, "dynamic"), getattr(b, "missing", None), b.__dict__)
print("version" in Config.__dict__, "name" in Config.__dict__)
b.__dict__["direct"] = "set via dict"
print(b.direct)
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Config.nope
except AttributeError as e:
    print("AttributeError:", e)
class Slots:
    x = 1
s = Slots()
s.x += 1
print(s.x, Slots.x)
def method(self):
    return "added later to " + self.name
Config.method = method
print(a.method())
print(type(a) is Config, a.__class__.__name__, Config.__name__, Config.__qualname__)
