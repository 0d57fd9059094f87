def f(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
def h(a, /, b, *, c):
    return a, b, c
print(f(1, 2, d=4), f(1, b=2, d=4, c=0), g(), g(1, 2, x=3), g(*[1, 2], **{"k": 1}), h(1, 2, c=3), h(1, b=2, c=3))
tests = [
    lambda: f(1, d=4),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1, 2, d=4, z=1),
    lambda: f(1, 2, a=1, d=4),
    lambda: h(a=1, b=2, c=3),
    lambda: h(1, 2, 3),
    lambda: g(**{1: 2}),
    lambda: g(*5),
    lambda: g(**5),
    lambda: f(1, 2, **{"d": 1}, **{"d": 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda x: 0)(),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda x, y, z: 0)(1),
    lambda: (lambda x=1: 0)(1, 2),
    lambda: (lambda *, k: 0)(),
    lambda: (lambda *, k, j: 0)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: sorted([], 1),
    lambda: int("1", base=2, x=1),
    lambda: print(end=5),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: "".join(),
    lambda: isinstance(1),
    lambda: isinstance(1, 5),
    lambda: (lambda: None)()(),
    lambda: int("5")(),
    lambda: str("abc")(),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
def k(a, b=[]):
    b.append(a)
    return b
print(k(1), k(2), k(3, []))
def defaults(a, b=1, *args, c, d=2, **kw): pass
print(defaults.__defaults__, defaults.__name__)
def kwonly(*, a=1, b): return a, b
print(kwonly(b=2))
