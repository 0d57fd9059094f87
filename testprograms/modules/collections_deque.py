# collections.deque: appends and pops at both ends, maxlen, rotation, indexing, operators
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d)
d.rotate(2)
print("rotate 2:", d)
d.rotate(-3)
print("rotate -3:", d)
d.rotate()
print("rotate:", d)
d.reverse()
print("reverse:", d, list(reversed(d)))
print(d.count(1), d.count("z"), d.index(2), d.index(2, 3) if d.count(2) > 1 else "one 2")
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("x")
del d[0]
d[0] = "first"
print(d, "y" in d, "x" in d)

b = deque(range(10), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(10)
print(b)
b.extend(range(20, 25))
print(b)
b.extendleft("pq")
print(b)
z = deque("abc", maxlen=0)
print(z, len(z))

c = deque([1, 2])
print(c + deque([3]), c * 3, 2 * c, c * 0, c * -1)
c += [5, 6]
print(c)
c *= 2
print(c)
m = deque([1, 2, 3], maxlen=4)
print(m * 3, m + deque([9, 9]))
e = c.copy()
e.append("e")
print(c, e, e == c, e != c)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1, 2, 3]) >= deque([1, 2]), deque() == deque(), deque([1]) == [1])
print(bool(deque()), bool(deque([0])))
s = deque([1, 2, 3])
s.extend(s)
print(s)
s.clear()
nested = deque()
nested.append(nested)
nested.append([nested])
print(nested)


class Stack(deque):
    def push(self, x):
        self.append(x)


st = Stack([1, 2], 5)
st.push(3)
print(st, st.maxlen, type(st.copy()).__name__, st.copy())
print(type(d).__name__, type(d).__module__, isinstance(st, deque))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], big[333])
