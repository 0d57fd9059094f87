def plain(a, b):
    return a + b

def defaults(a, b=2, *args, c, d=4, **kwargs):
    "Docstring."
    return a, b, args, c, d, kwargs

def posonly(a, /, b, *, c):
    return a + b + c

def annotated(x: int, *rest: str, flag: bool = False, **kw: float) -> list:
    return [x]

def decorator(f):
    return f

@decorator
@decorator
def decorated():
    pass

square = lambda v, w=1: v * v + w
plain(1, 2)
defaults(1, c=3)
defaults(*[1, 2], **{"c": 3})
defaults(1, 2, 3, *[4], c=5, **{"e": 6}, f=7)
print(square(3), posonly(1, 2, c=3), "x".join(["a", "b"]), "{} {}".format(1, b=2))
