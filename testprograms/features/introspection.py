class A:
    """doc of A"""
    x = 1
    def m(self):
        "m doc"
        return 1
a = A()
print(A.__doc__, A.m.__doc__, a.m.__doc__)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__name__, nodoc.__qualname__, nodoc.__module__)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
a.y = 2
print(a.__dict__)

print(__name__)

def loc(p, q=2):
    r = 3
    return r
print(loc(1))
print(getattr(a, "x"), getattr(A, "m")(a), setattr(a, "z", 9), a.z, delattr(a, "z"), hasattr(a, "z"))
print(type(a) is A, type(a).__name__, A.__name__, A.__module__, A.__bases__, A.__mro__)
print(a.m.__self__ is a, a.m.__func__ is A.m, A.m.__name__, a.m.__name__)
B = type("B", (A,), {"y": 5, "f": lambda self: self.y * 2})
b = B(); print(B.__name__, b.x, b.y, b.f(), isinstance(b, A), B.__mro__[1:])
print(type(type), type(object), object.__bases__, type.__bases__, int.__mro__, bool.__mro__)
print(isinstance(A, type), isinstance(a, object), issubclass(A, object))
def annotated(x: int, y: "str" = "d") -> list:
    return []
print(annotated.__annotations__)
v: int = 5
print(v, __annotations__)
class Ann:
    a: int
    b: str = "x"
print(Ann.__annotations__, Ann.b, hasattr(Ann, "a"))
print(annotated.__defaults__, annotated.__code__.co_name, annotated.__code__.co_argcount)
print(callable(A), callable(a), callable(a.m))
import math, sys
print(math.__name__, sys.__name__, type(math).__name__)
print(int.__name__, str.__qualname__, len.__name__, print.__name__, [].append.__name__)
