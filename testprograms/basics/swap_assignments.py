# Tuple assignments the compiler turns into SWAPs or reordered stores (CPython 3.11's
# optimize_basic_block and apply_static_swaps): the values each name ends up with.
def swap(a, b):
    a, b = b, a
    return a, b

def rotate(a, b, c):
    a, b, c = b, c, a
    return a, b, c

def same_name(y, z):
    x, x = y, z                    # the later store wins: the stores must not trade places
    return x

def same_name_three(y, z, w):
    a, a, b = y, z, w
    c, d, c = y, z, w
    return a, b, c, d

def discarded(y, z):
    _, _ = y, z
    e, _ = y, z
    return _, e

class Box:
    pass

def attributes(y, z):
    o = Box()
    o.p, o.q = y, z
    o.p, o.q = o.q, o.p
    return o.p, o.q

def items(y, z):
    l = [0, 0]
    l[0], l[1] = y, z
    l[0], l[1] = l[1], l[0]
    return l

def mixed(y, z):
    o = Box()
    k, o.r = y, z
    o.s, m = y, z
    return k, o.r, o.s, m

def one(y):
    a, = y,
    return a

def split_lines(y, z):
    a, b = (z,
            y)
    return a, b

def in_try(y, z):
    try:
        a, b = z, y
    except Exception:
        a = b = None
    return a, b

def in_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def closure(y, z):
    def inner():
        return u, v
    u, v = z, y
    return inner()

g1 = g2 = None
def global_names(y, z):
    global g1, g2
    g1, g2 = z, y
    return g1, g2

print(swap(1, 2), rotate(1, 2, 3), same_name(1, 2), same_name_three(1, 2, 3))
print(discarded(1, 2), attributes(1, 2), items(1, 2), mixed(1, 2), one(7))
print(split_lines(1, 2), in_try(1, 2), in_loop(30), closure(1, 2), global_names(1, 2))
m1, m1 = 'first', 'second'         # at module level: names, not fast locals
n1, n2 = 'n2', 'n1'
n1, n2 = n2, n1
print(m1, n1, n2)
