# del of names, items, slices, attributes; NameError after del.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a = [0, 1, 2, 3, 4, 5]
del a[0]
del a[-1]
print(a)
del a[1:3]
print(a)
a2, b2 = [1], {"k": 1, "j": 2}
del a2[0], b2["k"]
print(a2, b2)
class C:
    pass
c = C()
c.attr = 1
print(hasattr(c, "attr"))
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print("AttributeError:", e)
d = {"a": 1}
try:
    del d["b"]
except KeyError as e:
    print("KeyError:", e)
def f():
    y = 2
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
p, q = 1, 2
del (p, q)
try:
    print(p)
except NameError as e:
    print("NameError:", e)
