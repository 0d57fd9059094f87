# A generator's exception state is its own: sys.exc_info(), bare raise and __context__ across yields.
import sys
def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

g = gen()
print(next(g), sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    print(next(g), sys.exc_info()[0].__name__)
    print(next(g), sys.exc_info()[0].__name__)

def raiser():
    raise TypeError("inner")
    yield

try:
    raise ValueError("ctx")
except ValueError:
    try:
        next(raiser())
    except TypeError as e:
        print(repr(e.__context__))

def reraiser():
    raise
    yield
try:
    raise IndexError("outer2")
except IndexError:
    try:
        next(reraiser())
    except IndexError as e:
        print("re-raised", e)
try:
    next(reraiser())
except RuntimeError as e:
    print("RuntimeError:", e)
