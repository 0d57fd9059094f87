if a:
    pass
elif b:
    x = 1
elif c: y = 2
else:
    z = 3

def outer(a, /, b, *, c=1, **d):
    def inner():
        nonlocal a
        a += 1
        return (yield a)
    return inner

class K:
    x: int
    y: "str" = 'v'
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v): self._p = v

for (i, j), *k in pairs: continue
while True:
    try:
        break
    except (A, B):
        raise
    except C as e:
        del e
    finally:
        x[1], y.z = w = v = 0
with open(f) as fh, lock: data = fh.read()
with (a as b, c as d,): pass
import a.b.c
from ...pkg.mod import (x as y, z,)
from . import *
assert isinstance(x, (int, float)), f"bad {x}"
x = [*a, *b]; y = {**a, 'k': 1}; z = (*a,)
s[1:2], s[::2], s[:, 1], s[a, b:c], s[...]
x = a if b else c if d else e
x = not a and b or c and not d
x = a < b == c is not d not in e in f is g != h > i >= j <= k
x = ~a ** -b ** c // d % e @ f << g >> h & i ^ j | k
x = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
x = [i for i in range(3) if i if not i for j in i]
x = {k: v for k, v in d.items()}
x = {v for v in s}
print(*args, sep='', **kw)
gen = (y for y in x)
sum(y for y in x)
f()()[0].a.b(c)[d]
x = 1; y = 2;
