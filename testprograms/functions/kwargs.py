# Keyword arguments, *args, **kwargs and keyword-only parameters.
def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)
print(show())
print(show(1, 2, x=3))
print(show(*[1, 2], *(3,), **{"a": 1}, b=2))
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, c=10, b=2))
def combined(x, y=0, *rest, flag=False, **opts):
    return x, y, rest, flag, sorted(opts.items())
print(combined(1), combined(1, 2, 3, 4, flag=True, z=1, a=2))
args = (5, 6)
kw = {"flag": True}
print(combined(*args, **kw))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
errors = [
    lambda: kwonly(1, 2),
    lambda: kwonly(1),
    lambda: show(**{1: 2}) if False else greet(),
    lambda: combined(1, x=2),
    lambda: combined(),
    lambda: kwonly(1, b=2, d=4),
]
def greet(name):
    return name
for e in errors:
    try:
        e()
    except TypeError as exc:
        print("TypeError:", exc)
