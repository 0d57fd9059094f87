# Closures capture variables (cells), not values; each call makes new cells.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_bound()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()
print(outer()())
def shared():
    v = []
    def add(i):
        v.append(i)
    def get():
        return v
    return add, get
add, get = shared()
add(1); add(2)
print(get())
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def accumulator(total):
    def acc(n):
        nonlocal total
        total += n
        return total
    return acc
a = accumulator(100)
print(a(10), a(-50))
print(c1.__closure__ is not None, len(c1.__code__.co_freevars) if False else "skip")
