# Decorators: plain, with arguments, stacked, class-based, preserving behaviour.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", fn.__name__, result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
add(a=1, b=1)
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def tag(t):
    def deco(fn):
        def wrapper():
            return "<" + t + ">" + fn() + "</" + t + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "bold italic"
print(text())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a():
    pass
@register
def b():
    pass
print(registry, a.__name__)
order = []
def d1(fn):
    order.append("d1")
    return fn
def d2(fn):
    order.append("d2")
    return fn
@d1
@d2
def both():
    pass
print(order)
