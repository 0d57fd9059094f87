# List slicing with steps, slice assignment and deletion.
a = list(range(10))
print(a[2:7], a[::3], a[::-1], a[7:2:-2], a[-3:], a[:-7])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [1, 2, 3]
print(b)
b[len(b):] = [4, 5]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
c[1::2] = [0] * 5
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
e = list(range(6))
e[-2:] = []
e[0:0] = "ab"
print(e)
e[2:4] = range(3)
print(e)
f = [1, 2, 3]
f[5:] = [9]
print(f)
f[::-1] = [7, 8, 9, 10]
print(f)
try:
    f[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    f[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f[10] = 1
except IndexError as e:
    print("IndexError:", e)
