# contextlib: contextmanager (also as a decorator), suppress, closing, nullcontext, redirect_stdout,
# redirect_stderr, ExitStack, AbstractContextManager
import contextlib
import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, redirect_stderr, ExitStack


@contextmanager
def tag(name, log):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")

log = []
with tag("b", log) as t:
    log.append(t)
print(log)
log = []
try:
    with tag("i", log):
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, log)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)

with swallow(ValueError):
    int("x")
print("after swallow")
try:
    with swallow(ValueError):
        [][1]
except IndexError as e:
    print("not swallowed:", e)


@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield

for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def stopper():
    yield

try:
    with stopper():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passes through:", e)


calls = []
@tag("deco", calls)
def decorated(x):
    calls.append(x)
    return x * 2
print(decorated(3), decorated(4), calls, decorated.__name__)

with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("kept")
except ValueError as e:
    print("ValueError", e)


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        print("closed", self.name)

with closing(Resource("r1")) as r:
    print("using", r.name, r.closed)
print(r.closed)

with nullcontext(42) as v:
    print("nullcontext gives", v)
with nullcontext() as v:
    print(v)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("hidden line")
    print("another", 1, 2)
print(target is buf, repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

order = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(order.append, i)
    res = stack.enter_context(tag("ctx", order))
    order.append(res)
print(order)

with ExitStack() as stack:
    stack.push(lambda *exc: print("exit callback saw", exc[0].__name__ if exc[0] else None) or True)
    raise TypeError("suppressed by the stack")
print("stack suppressed it")

with ExitStack() as stack:
    stack.callback(print, "moved")
    moved = stack.pop_all()
print("nothing yet")
moved.close()


def failing_cb():
    raise ValueError("from callback")

try:
    with ExitStack() as stack:
        stack.callback(failing_cb)
        raise KeyError("body")
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError", e)


class Manual(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("Manual exit")

with Manual() as m:
    print(type(m).__name__)
print(issubclass(Resource, contextlib.AbstractContextManager),
      isinstance(closing(None), contextlib.AbstractContextManager),
      issubclass(type(nullcontext()), contextlib.AbstractContextManager))
try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print("TypeError", e)


class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

@Deco()
def work(n):
    print("working", n)
work(1)
