# __slots__ restricts the attributes of instances
class Sl:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Sl(); print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Sl):
    pass
t = Sub(); t.c = 5; print(t.c, t.a)
print(Sl.__slots__, hasattr(Sl(), "__dict__"), hasattr(t, "__dict__"))
