# Exceptions raised inside generators, finally blocks in generators, StopIteration conversion.
def gen():
    try:
        yield 1
        yield 2
        raise ValueError("from generator")
    finally:
        print("generator finally")
g = gen()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))
def stops_early():
    yield 1
    raise StopIteration("bad")
try:
    list(stops_early())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except KeyError as e:
            print("generator caught", repr(e))
c = catcher()
next(c)
c.send("a")
c.throw(KeyError("k"))
c.send("b")
c.close()
print("closed")
def returns():
    yield 1
    return "result"
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def cleanup():
    try:
        yield "item"
    finally:
        print("cleanup ran")
for x in cleanup():
    print(x)
    break
print("after break")
