# Generator functions: lazy execution, state between yields, exhaustion.
def countdown(n):
    print("  starting countdown", n)
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")
g = countdown(3)
print("created, nothing ran yet")
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "empty"))
def squares():
    for i in range(5):
        yield i * i
print(list(squares()), sum(squares()), max(squares()))
def interleave(a, b):
    for x, y in zip(a, b):
        yield x
        yield y
print("".join(interleave("abc", "123")))
def two_generators():
    yield "first"
    yield "second"
ga, gb = two_generators(), two_generators()
print(next(ga), next(gb), next(ga), next(gb))
print(type(g).__name__, iter(g) is g)
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
