# repr of deeply nested containers: linear in the output, counted toward the recursion limit
# ("while getting the repr of an object"), and self-references shown as [...].
import sys


def nest(n, make):
    x = make(0)
    for i in range(n):
        x = make(x)
    return x


for name, make in [("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("dict", lambda x: {1: x}),
                   ("mixed", lambda x: [(x, {'k': x})] if isinstance(x, int) else [{'k': x}])]:
    s = repr(nest(300, make))
    print(name, len(s), s[:24], s[-24:])
    print(" str same:", str(nest(300, make)) == s)
    try:
        repr(nest(5000, make))
    except RecursionError as e:
        print(" deep:", e)
    try:
        print(nest(5000, make))
    except RecursionError as e:
        print(" print deep:", e)


def h(o):
    repr(o)
    return h([o])


try:
    h([])
except RecursionError as e:
    print("h:", e)


def g(o, n):
    # repr of each deeper level, kept
    out = []
    for i in range(n):
        out.append(len(repr(o)))
        o = [o, i]
    return out


print(sum(g([], 400)))

a = [1, 2]
a.append(a)
d = {'self': None}
d['self'] = d
t = (a, d)
print(a, d, t)
print(repr([a, [a, (d,)]]))


class R:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "R(" + repr(self.inner) + ")"


print(repr(nest(50, R)))
try:
    repr(nest(3000, R))
except RecursionError as e:
    print("R deep:", e)
print(sys.getrecursionlimit())
