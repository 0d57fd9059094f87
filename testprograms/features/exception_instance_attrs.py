e = ValueError("x")
try:
    e.note = 1
    print(e.note)
except AttributeError as err:
    print("AttributeError:", err)
class MyE(Exception): pass
m = MyE("a")
m.__cause__ = KeyError("k")
print(repr(m.__cause__), m.__suppress_context__)
try:
    raise m
except MyE as caught:
    print(repr(caught.__cause__))
print(int.__subclasses__() if hasattr(int, "__subclasses__") else "no __subclasses__")
print(len.__doc__ is None)
