# generator.throw and generator.close: handling inside, GeneratorExit, finally.
def worker():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                print("  recovered from", e)
                yield "recovered"
    finally:
        print("  worker finally")
w = worker()
print(next(w))
print(w.throw(ValueError("oops")))
print(next(w))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(next(w, "dead"))
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  closable finally")
c = closable()
next(c)
c.close()
c.close()
print("closed twice ok")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh = closable()
fresh.close()
print("closing an unstarted generator runs nothing")
g = closable()
try:
    g.throw(IndexError("before start"))
except IndexError as e:
    print("thrown into unstarted:", e)
