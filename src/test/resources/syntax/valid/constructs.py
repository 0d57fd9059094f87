import sys, os.path as p
from .. import a as b, c
x = 1 + 2 * 3 ** -4
a, *b = [1, 2.5, 'x', "y" 'z', None, True, ...]
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    global g
    return a if b else c
@dec
class C(B, metaclass=M):
    def m(self): yield from x
for i in range(10):
    if i % 2 == 0 and not i or i < 3 <= 4: continue
    elif i: break
    else: pass
else:
    pass
while x: x -= 1
try:
    pass
except E as e:
    raise X from e
except: pass
else: pass
finally: pass
with a as b, c: pass
del a[1:2, ::3], b.c
l = [x for x in y if x for z in w]
d = {a: b, **c}
s = {1, 2}
g = (x for x in y)
lambda x, *y, **z: 0
f(*a, b=1, **c)
f'{x!r:>{w}} {y=} {{}}'
assert x, "msg"
x: int = 5
0xff + 0o17 + 0b11 + 1_000 + 10**100 + 123456789012345678901234567890 + 1e10 + .5 + 1.
