# Augmented assignment on names, attributes, subscripts; += on lists mutates in place.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x /= 2; print(x)
x **= 3; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
class C:
    pass
c = C()
c.n = 1
c.n += 41
print(c.n)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 10
print(d)
calls = []
def key():
    calls.append("key")
    return 0
lst = [100]
lst[key()] += 1
print(lst, calls)
