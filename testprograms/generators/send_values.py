# generator.send: the value of a yield expression; priming with next or send(None).
def echo():
    received = None
    while True:
        received = yield "echo: %r" % (received,)
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
a.send(None)
for v in (10, 20, 60):
    print("average", a.send(v))
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError:", e)
def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            return items
        items.append(item)
acc = accumulate()
next(acc)
acc.send("a")
acc.send("b")
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
