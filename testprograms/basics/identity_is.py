# is / is not on singletons and shared objects (no ids printed).
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, (1 == 1) is True)
x = None
print(x is None, x is not None)
def f():
    pass
print(f() is None)
t = ()
t2 = tuple([])
print(t is t2, t == t2)
s = "hello"
u = s
print(s is u)
print(type(1) is int, type(True) is bool, type(a) is list)
print(isinstance(True, int), type(True) is int)
n = 256
m = 256
print(n is m)
