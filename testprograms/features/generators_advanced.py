def g():
    try:
        yield 1
        yield 2
    finally:
        print("g finally")
    yield 3
it = g(); print(next(it), next(it)); 
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def h():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
x = h(); next(x); x.close(); print("closed h")
x.close(); print("close twice ok")
def ret():
    yield 1
    return 5
r = ret(); next(r)
try:
    r.send(None)
except StopIteration as e:
    print("return value", e.value)
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received
e = echo(); next(e); e.send("a"); e.send("b")
try:
    e.send(None)
except StopIteration as s:
    print(s.value)
def inner():
    x = yield "inner1"
    print("inner got", x)
    try:
        yield "inner2"
    except ValueError as err:
        print("inner caught", err)
        yield "inner3"
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-end"
o = outer()
print(next(o), o.send("S"), o.throw(ValueError("V")), next(o))
try:
    next(o)
except StopIteration:
    print("outer done")
def counter():
    i = 0
    while True:
        yield i
        i += 1
c = counter()
print([next(c) for _ in range(3)], next(c))
gen_exp = (x for x in range(3))
print(gen_exp.__next__(), list(gen_exp))
def lazy():
    print("started")
    yield 1
l = lazy(); print("created"); print(next(l))
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return
gr = gen_with_return_in_finally(); next(gr); gr.close(); print("closed gr")
def throw_after_end():
    yield 1
t = throw_after_end(); list(t)
try:
    t.throw(KeyError("late"))
except KeyError as err:
    print("KeyError", err)
def yield_in_comprehension_arg():
    return [(yield i) for i in range(2)] if False else (yield from range(2))
print(list(yield_in_comprehension_arg()))
def running_check():
    yield gen_state.gi_running
gen_state = running_check()
print(gen_state.gi_running, next(gen_state))
print(type(gen_state.gi_frame).__name__ if gen_state.gi_frame else None)
