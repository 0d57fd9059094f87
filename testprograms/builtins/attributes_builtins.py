# getattr, setattr, hasattr, delattr, with defaults and on builtins.
class Obj:
    cls_attr = "class"
    def method(self):
        return "method called"
o = Obj()
setattr(o, "x", 10)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "nope", "default"), hasattr(o, "x"), hasattr(o, "nope"))
print(getattr(o, "method")(), getattr(Obj, "method")(o))
name = "dyn_" + "attr"
setattr(o, name, [1])
print(o.dyn_attr, getattr(o, name))
delattr(o, "x")
print(hasattr(o, "x"))
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(5, "real"), getattr(5, "real"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
class Dynamic:
    def __getattr__(self, name):
        return "generated " + name
dd = Dynamic()
dd.real = "real"
print(dd.anything, dd.real, getattr(dd, "other"), hasattr(dd, "whatever"))
