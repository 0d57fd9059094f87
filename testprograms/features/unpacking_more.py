a, b = 1, 2
a, b = b, a; print(a, b)
(a, b), (c, d) = (1, 2), [3, 4]; print(a, b, c, d)
[a, [b, c]] = [1, (2, 3)]; print(a, b, c)
a, *rest = "hello"; print(a, rest)
*init, last = range(5); print(init, last)
first, *mid, last = [1]+[2]+[3]+[4]; print(first, mid, last)
a, *b, c, d = 1, 2, 3; print(a, b, c, d)
for i, (x, y) in enumerate([(1, 2), (3, 4)]): print(i, x, y)
for a, *b in [(1, 2, 3), (4,)]: print(a, b)
x = y = z = [0]; x.append(1); print(y, z is x)
d = {}; d["a"], d["b"] = 1, 2; print(d)
l = [0, 0, 0]; l[0], l[1:] = 1, [2, 3]; print(l)
class O: pass
o = O(); o.a, o.b = "x", "y"; print(o.a, o.b)
a, b = "xy"; print(a, b)
a, b = {"k1": 1, "k2": 2}; print(a, b)
(a,) = [5]; print(a)
[a] = (6,); print(a)
a, = 7,; print(a)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *"xy"], (*[1], 2), {*[1, 2], 3}, {**{"a": 1}, "b": 2})
def f(*args): return args
print(f(*[1, 2], 3, *(4,)), f(*{}), f(*"ab"))
tests = [("a, b = 1, 2, 3", ValueError), ("a, b = [1]", ValueError), ("a, b = 1", TypeError), ("a, *b, c = [1]", ValueError), ("a, b = None", TypeError)]
def t1(): a, b = 1, 2, 3
def t2(): a, b = [1]
def t3(): a, b = 1
def t4(): a, *b, c = [1]
def t5(): a, b = None
def t6(): a, b, c = iter([1, 2])
def t7(): a, b = (x for x in range(5))
for t in (t1, t2, t3, t4, t5, t6, t7):
    try:
        t()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
a = b = 1; a += 1; print(a, b)
i = 0; l = [10, 20]; i, l[i] = 1, 99; print(i, l)
