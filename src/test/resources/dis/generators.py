def count(n):
    i = 0
    while i < n:
        received = yield i
        if received:
            i = received
        i += 1
    return "done"

def delegate():
    result = yield from count(3)
    yield result

def closure_gen(xs):
    factor = 2
    return (x * factor for x in xs if x)

g = count(5)
print(next(g), g.send(3), list(delegate()), list(closure_gen([0, 1, 2])))
