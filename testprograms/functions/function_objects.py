# Functions are objects: attributes, passing, returning, storing, callable().
def f(x, y=1):
    "Add things."
    return x + y
print(f.__name__, f.__doc__, f.__defaults__, callable(f), callable(5))
g = f
print(g(1), g is f)
f.custom = "attr"
print(f.custom)
def apply(fn, *args):
    return fn(*args)
print(apply(f, 2, 3), apply(len, "abcd"), apply(max, 3, 9, 4))
table = [f, len, str.upper]
print([fn.__name__ for fn in table])
def returns_function(kind):
    def a():
        return "a"
    def b():
        return "b"
    return a if kind == "a" else b
print(returns_function("a")(), returns_function("x")())
def no_return():
    x = 1
print(no_return())
def early(n):
    if n > 0:
        return "positive"
    print("fell through for", n)
print(early(1), early(-1))
def multi():
    return 1, "two", [3]
one, two, three = multi()
print(one, two, three, type(multi()))
print(type(f).__name__, type(print).__name__, type(lambda: 0).__name__)
n = 5
try:
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
