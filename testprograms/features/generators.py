def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def sub():
    yield 1
    r = yield 2
    return r
def deleg():
    v = yield from sub()
    print("sub returned", v)
    yield 3
d = deleg(); print(next(d), next(d), d.send("sent"))
print(list(x * x for x in range(5)), sum(x for x in range(10)))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing(); print(next(c)); c.close(); print("closed")
c2 = closing(); print(next(c2))
try:
    c2.throw(ValueError("boom"))
except ValueError as e:
    print("thrown out:", e)
def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print("caught", e)
            yield "recovered"
k = catcher(); next(k); print(k.throw(KeyError("k")))
g = gen(0)
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
def running():
    yield g2.send(None) if False else 1
g2 = running(); print(list(g2))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib(); print([next(f) for _ in range(10)])
ge = (i for i in range(3)); print(next(ge), list(ge), list(ge))
print(type(ge).__name__, type(fib).__name__, type(f).__name__)
def empty():
    return
    yield
print(list(empty()))
g = gen(2); next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
def yf():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
print(list(yf()))
z = zip(gen(3), "ab"); print(list(z))
print(list(enumerate(x for x in "xy")))
