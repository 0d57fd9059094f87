# a class's __getattribute__ replaces the whole attribute lookup
class GetAttribute:
    def __getattribute__(self, name):
        if name == "magic": return "M"
        return object.__getattribute__(self, name)
ga = GetAttribute(); ga.real = 1; print(ga.magic, ga.real)
class Logged:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        return super().__getattribute__(name)
lg = Logged(); print(lg.x)
try:
    ga.missing
except AttributeError as e:
    print("AttributeError:", e)
