# iter and next: defaults, the sentinel form iter(callable, sentinel), exhaustion.
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "again"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 5)))
data = ["a", "b", "", "c"]
pos = [0]
def read_line():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read_line, "")))
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), next(di))
si = iter("hi")
print(list(si), list(si))
ri = iter(range(3))
print(next(ri), list(ri))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
