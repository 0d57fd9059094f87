# __del__ runs when the last reference goes away, in a deterministic order.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)
a = Tracked("a")
b = a
print("del a")
del a
print("del b")
del b
print("rebind")
x = Tracked("x1")
x = Tracked("x2")
print("list")
items = [Tracked("l1"), Tracked("l2"), Tracked("l3")]
items.pop(1)
print("clear list")
items = None
print("function scope")
def scope():
    t = Tracked("local")
    print("leaving scope")
scope()
print("temporary")
Tracked("temp").name
print("nested")
outer = Tracked("outer")
outer.child = Tracked("child")
del outer
print("dict")
d = {"k": Tracked("dv")}
d["k"] = 1
print("last rebinding")
x = None
print("end of program")
last = Tracked("global at exit")
