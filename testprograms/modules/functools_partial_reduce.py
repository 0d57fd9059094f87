# functools.partial (attributes, repr, flattening, keyword merging), reduce, cmp_to_key
import functools
from functools import partial, reduce, cmp_to_key

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def show(*args, **kw):
    return args, kw

p = partial(show, 1, 2, a="x")
print(p.func is show, p.args, p.keywords, partial(max, 1, [2], key=len))
print(p(3), p(a="override", b=4), p())
q = partial(p, 5, b=6)
print(q.func is show, q.args, q.keywords, q(7, a="y"))
print(partial(int, base=16)("ff"), partial(max, key=len)(["ab", "c", "def"]))
print(repr(partial(print, 1, sep=", ")), repr(partial(partial(print), end="!")))
print(type(p), type(p).__name__, callable(p), p.__dict__)
p.note = "attr"
print(p.note, p.__dict__, partial(p).func is p)
class K:
    m = partial(show, "first")
print(K.m(2), K().m(3))

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: b + a, "abc", ""), reduce(max, [3], 0), reduce(pow, [2, 3, 2]))
print(reduce(lambda a, b: a + [b], range(3), []))

def by_len_then_value(a, b):
    return (len(a) - len(b)) or (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=cmp_to_key(by_len_then_value)))
key = cmp_to_key(lambda a, b: a - b)
print(key(3) < key(5), key(3) >= key(5), key(4) == key(4), key(2).obj, max([1, 9, 4], key=key))

t(partial)
t(partial, 1)
t(setattr, p, "func", len)
t(delattr, p, "missing")
t(lambda: p.missing)
t(setattr, p, "__dict__", 3)
t(reduce, lambda a, b: a, [])
t(reduce, lambda a, b: a, 3)
t(reduce, len)
t(reduce)
t(reduce, lambda a, b: a, [1], initial=0)
t(reduce, lambda a, b: a / b, [1, 0])
t(partial(show, 1), *[2], **{"c": 3})
t(partial(len), [1], [2])
t(cmp_to_key)
t(lambda: key(1) < 2)
t(lambda: hash(key(1)))
t(lambda: key(1, 2))
t(lambda: cmp_to_key(lambda a, b: "x")(1) < cmp_to_key(lambda a, b: "x")(2))
print(type(key(1)), type(key).__name__)
def countdown(n):
    return recurse(n - 1) if n else "done"
recurse = partial(countdown)
print(recurse(50))
t(recurse, 100000)
