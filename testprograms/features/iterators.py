class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(CountDown(3)), sum(CountDown(4)), sorted(CountDown(3)), [x for x in CountDown(2)], tuple(CountDown(2)), set(CountDown(2)))
c = CountDown(5); print(next(c), next(c), list(zip(c, "ab")), list(c))
it = iter([1, 2, 3]); print(list(it), list(it), iter(it) is it)
e = enumerate("ab"); print(next(e), iter(e) is e, list(e))
z = zip([1, 2], [3, 4]); print(next(z), list(z))
m = map(str.upper, "ab"); print(next(m), list(m))
r = reversed([1, 2, 3]); print(next(r), list(r))
d = {"a": 1, "b": 2}; di = iter(d); print(next(di), list(di))
ri = iter(range(3)); print(next(ri), list(ri), list(ri))
si = iter("xyz"); next(si); print(list(si))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
l = [1, 2, 3]
for x in l:
    if x == 1: l.append(4)
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
try:
    s = {1, 2}
    for x in s: s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
try:
    for k in d: del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(zip(range(3), range(10), "abcd")), list(map(pow, [2, 3], [3, 2])))
print(list(zip([1, 2], [3], strict=False)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
class Gi:
    def __iter__(self):
        yield 1
        yield 2
print(list(Gi()), 2 in Gi(), max(Gi()))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
ci = iter(lambda: 1, 1); print(list(ci))
print(list(filter(str.isdigit, "a1b2")), list(enumerate(range(3), -1)))
it = iter([1, 2, 3, 4, 5]); print(list(zip(it, it)))
a = [1, 2, 3]; b = iter(a); a.clear(); print(list(b))
print(all(x for x in []), any(iter([])), list(iter(())))
print(len(list(reversed(range(100)))), list(reversed(range(1, 10, 3))), list(range(10)[::-3]))
