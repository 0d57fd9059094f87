# __iter__ and __next__: custom iterators, StopIteration, iterables vs iterators.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"))
try:
    next(c)
except StopIteration:
    print("StopIteration raised")
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), [x * y for x in r for y in r])
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), list(it))
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
out = []
for v in Fib():
    if v > 100:
        break
    out.append(v)
print(out)
a, b, c = Countdown(3)
print(a, b, c)
print(dict(zip(Countdown(3), "abc")), max(Countdown(4)), sorted(Countdown(3)))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
