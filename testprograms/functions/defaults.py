# Default argument values are evaluated once, at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), counter)
def with_dict(k, cache={}):
    cache[k] = cache.get(k, 0) + 1
    return dict(cache)
print(with_dict("a"), with_dict("b"), with_dict("a"))
print(append_to.__defaults__, greet.__defaults__, snapshot.__name__)
def f(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, kw)
print(f(1, d=4), f(1, 5, 6, 7, d=8, e=9))
