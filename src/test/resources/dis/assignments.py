class O:
    pass

o = O()
l = [0, 1, 2, 3]
x = y = 5
a, b = 1, 2
a, (b, c) = 1, (2, 3)
first, *rest = l
*init, last = l
p, *mid, q = l
o.attr = 1
o.attr += 2
l[0] = 9
l[1] += 4
l[1:3] = [7, 8]
l[::2] = [5, 6]
x += 1
x **= 2
del o.attr, l[0], l[1:2]
del x
n: int = 5
o.typed: str = "s"
print(l, a, b, c, first, rest, init, last, p, mid, q, y, n)
