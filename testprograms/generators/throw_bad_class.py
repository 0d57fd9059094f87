# gen.throw(C) where calling C does not give an exception instance: the error of that
# call (CPython: PyErr_NormalizeException in _gen_throw) is thrown into the generator.


class NotExc(Exception):
    def __new__(cls, *a):
        return 1


class Other(Exception):
    def __new__(cls, *a):
        return ValueError("other", *a)


class BadInit(Exception):
    def __init__(self, *a):
        raise KeyError("init")


def g():
    try:
        yield 1
    except BaseException as e:
        print("  inside:", type(e).__name__, e, e.__context__)
        yield 2


def g2():
    yield 1


for args in [(NotExc,), (NotExc, 5), (NotExc, (1, 2)), (Other,), (Other, 3), (BadInit,),
             (ValueError, (1, 2)), (ValueError, 7), (KeyError, KeyError("k"))]:
    print("throw", [a.__name__ if isinstance(a, type) else a for a in args])
    it = g()
    next(it)
    print("  ->", it.throw(*args))
    it = g2()
    next(it)
    try:
        it.throw(*args)
    except BaseException as e:
        print("  out:", type(e).__name__, e)
    # a generator that has not started
    try:
        g().throw(*args)
    except BaseException as e:
        print("  unstarted:", type(e).__name__, e)

try:
    raise NotExc
except TypeError as e:
    print("raise:", e)
try:
    raise NotExc(1)
except TypeError as e:
    print("raise:", e)
try:
    raise Other
except ValueError as e:
    print("raise:", e)


class Twice(Exception):
    # the second call (with the instance the first returned) gives a non-exception
    n = 0

    def __new__(cls, *a):
        Twice.n += 1
        print("Twice.__new__", a)
        if Twice.n % 2:
            return ValueError("v")
        return 1


try:
    raise Twice
except BaseException as e:
    print(type(e).__name__, e, repr(e.__context__))
it = g2()
next(it)
try:
    it.throw(Twice)
except BaseException as e:
    print(type(e).__name__, e, repr(e.__context__))
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise Twice
except BaseException as e:
    print(type(e).__name__, e, repr(e.__context__))
