# functools.lru_cache and cache: hits, misses, eviction order, typed, cache_info/cache_clear
import functools

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

calls = []

@functools.lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(x)
print(calls, square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info == (3, 6, 3, 3), len(info), info[0])
print(type(info).__name__, isinstance(info, tuple), info._fields, info._asdict())
hits, misses, maxsize, currsize = info
print(hits + misses, square.cache_parameters(), square.__wrapped__(9), square.__name__)
square.cache_clear()
print(square.cache_info())

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__)

@functools.lru_cache()
def kw(a, b=0, *, c=0):
    return a + b + c
print(kw(1), kw(1), kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(1, c=3), kw.cache_info())

@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return repr(x)
print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())
@functools.lru_cache(maxsize=None)
def untyped(x):
    return repr(x)
print(untyped(1), untyped(1.0), untyped.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return [x]
print(nocache(1) is nocache(1), nocache.cache_info())
@functools.lru_cache(-5)
def negative(x):
    return x
print(negative(1), negative.cache_info())

@functools.cache
def forever(x):
    return [x]
print(forever(1) is forever(1), forever.cache_info(), forever.cache_parameters())

class Box:
    def __init__(self, v):
        self.v = v
    @functools.lru_cache(maxsize=8)
    def doubled(self):
        return self.v * 2
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
print(Box(3).doubled(), Box(3).doubled(), Box.doubled.cache_info())

t(functools.lru_cache, "big")
t(square, [1])
t(fib)
t(lambda: functools.lru_cache(maxsize=2)(len)([1, 2]))
