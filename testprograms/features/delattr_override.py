# a class's __delattr__ runs for del obj.name
class D:
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
d = D(); d.x = 1; del d.x; print(hasattr(d, "x"))
try:
    del d.y
except AttributeError as e:
    print("AttributeError:", e)
