# Adding an empty tuple gives the other operand itself when it is an exact tuple (CPython 3.11's
# tupleconcat), a new tuple otherwise.

class T(tuple):
    pass

t = tuple([1, 2, 3])
print((t + ()) is t, (() + t) is t)
e = tuple([])
print((e + e) is e, (e + ()) == ())
s = T([4, 5])
print(type(s + ()).__name__, (s + ()) is s, type(() + s).__name__, (() + s) is s)
print(s + (), () + s)
u = t + (4,)
print(u, u is t)
x = t
x += ()
print(x is t)
try:
    t + [1]
except TypeError as err:
    print('TypeError:', err)
