def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter
c = make_counter(10, 5); print(c(), c(), c()); c.reset(); print(c())
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def decorator_with_args(prefix):
    def deco(f):
        def inner(*a, **k):
            return prefix + str(f(*a, **k))
        inner.__name__ = f.__name__
        return inner
    return deco
@decorator_with_args(">> ")
def add(a, b=0):
    return a + b
print(add(1, b=2), add.__name__)
def stacked(f): return lambda: "[" + f() + "]"
@stacked
@stacked
def hello(): return "hi"
print(hello())
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = middle()
    f(); f()
    return x
print(outer())
funcs = []
for i in range(3):
    def f(i=i): return i * 10
    funcs.append(f)
print([f() for f in funcs])
def closure_over_loop():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(closure_over_loop())
def cells():
    a = 1
    def g(): return a
    return g.__closure__[0].cell_contents, len(g.__closure__), g.__code__.co_freevars
print(cells())
def no_closure(): pass
print(no_closure.__closure__)
def class_in_func(v):
    class Local:
        val = v
        def get(self): return self.val + v
    return Local
L = class_in_func(3); print(L().get(), L.__qualname__)
def gen_factory(n):
    def gen():
        for i in range(n): yield i * n
    return gen
print(list(gen_factory(3)()))
x = 0
def modify_global():
    global x
    for _ in range(3): x += 1
modify_global(); print(x)
def lambda_defaults():
    return [(lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 3, 5, d=6, f=7)]
print(lambda_defaults())
