# Generator objects: running state, re-entrancy error, locals kept alive, independent instances.
def counter():
    n = 0
    while True:
        n += 1
        yield n
a, b = counter(), counter()
print(next(a), next(a), next(a), next(b))
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def keeps_locals(items):
    copy = list(items)
    for x in copy:
        yield x
src = [1, 2, 3]
k = keeps_locals(src)
print(next(k))
src.clear()
print(list(k))
def with_return_value():
    yield "a"
    return "done"
print(list(with_return_value()))
def gen_in_class():
    class Bag:
        def __init__(self, *items):
            self.items = items
        def __iter__(self):
            for i in self.items:
                yield i
    return Bag
Bag = gen_in_class()
bag = Bag(1, 2, 3)
print(list(bag), list(bag), [x for x in bag if x > 1])
def nested():
    def inner_gen():
        yield "inner"
    yield from inner_gen()
    yield "outer"
print(list(nested()))
g = counter()
print(g.__name__, g.__qualname__ if False else "skip")
