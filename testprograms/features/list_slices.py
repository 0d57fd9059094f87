l = list(range(10))
print(l[2:5], l[::3], l[::-2], l[-3:], l[:-3], l[5:2:-1], l[100:], l[-100:3])
a = list(range(10)); a[2:5] = ["x"]; print(a)
a = list(range(10)); a[2:5] = []; print(a)
a = list(range(10)); a[::2] = "abcde"; print(a)
a = list(range(10)); a[1:1] = [7, 7]; print(a)
a = list(range(10)); a[:] = [1]; print(a)
a = list(range(5)); a[-1:] = [9, 9]; print(a)
a = list(range(5)); a[10:] = [1]; print(a)
a = list(range(5)); a[::-1] = [1, 2, 3, 4, 5]; print(a)
try:
    a = list(range(10)); a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
a = list(range(10)); del a[::2]; print(a)
a = list(range(10)); del a[1:3]; print(a)
a = list(range(10)); del a[::-3]; print(a)
a = list(range(10)); del a[5:100]; print(a)
a = [1, 2, 3]; a[1:2] = a; print(a)
t = tuple(range(10)); print(t[1:4], t[::-1], t[::4])
s = slice(1, 8, 2); print(l[s], s.start, s.stop, s.step, s)
print(slice(3), slice(None, 5), slice(1, 2, None))
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4))
r = range(10); print(r[2:5], r[::-1], r[::3], list(r[1::2]))
a = [0] * 5; a[1:4] = range(3); print(a)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
a = [1, 2, 3, 4]; a[1:3] = (x * 10 for x in range(4)); print(a)
print("abcdef"[slice(1, None, 2)])
