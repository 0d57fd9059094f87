def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); print(c(), c(), c())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
print(read_global(), shadow(), x)
def bad():
    print(x)
    x = 1
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def set_global():
    global y
    y = 10
set_global(); print(y)
def nested_nonlocal():
    a = []
    def add(v):
        a.append(v)
    def reset():
        nonlocal a
        a = []
    add(1); add(2); r = list(a); reset(); add(3)
    return r, a
print(nested_nonlocal())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def gen_closure():
    v = 5
    def g():
        yield v
        yield v * 2
    return g()
print(list(gen_closure()))
def cell_del():
    z = 1
    def f():
        return z
    del z
    try:
        f()
    except NameError as e:
        print("NameError:", e)
cell_del()
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
class K:
    v = 1
    def m(self):
        return v if False else K.v
    lst = [v for _ in range(2)] if False else None
print(K().m())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda *a, **k: (a, k))(1, x=2))
compose = lambda f, g: lambda x: f(g(x))
print(compose(lambda x: x + 1, lambda x: x * 2)(5))
