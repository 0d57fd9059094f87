import sys
l = [5, 2, 8, 1]
l.sort(key=lambda x: -x); print(l)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
a = [3, 1, 2]; b = a; a.sort(); print(b, a is b)
print([1, 2, 3].index(3, -1), [1, 2, 3, 2].index(2, 2), [1, 2].count(3), [[1]].count([1]), [1, 2, 1].count(1))
try:
    [1, 2, 3].index(1, 1, 2)
except ValueError as e:
    print("ValueError:", e)
l = [1, 2, 3]; l.insert(1, "x"); l.insert(-1, "y"); print(l)
l = list(range(5)); l[1:4] = l[1:4][::-1]; print(l)
l = [1, 2, 3]; l[5:] = [9]; print(l); l[:0] = [0]; print(l)
l = [1, 2, 3]; del l[-1]; print(l)
try:
    del l[10]
except IndexError as e:
    print("IndexError:", e)
try:
    l[10] = 1
except IndexError as e:
    print("IndexError:", e)
l = [[]] * 3; l[0].append(1); print(l)
l = [0] * 3; l[0] += 1; print(l)
print(list(reversed([])), [] == [], [] is [], [1] * 0, [None] * 2)
l = [3, 1]; l.extend(range(2)); l.extend("ab"); l.extend({"k": 1}); print(l)
l = [1]; l.extend(l); print(l)
l = [1, 2]; l += l; print(l)
l = [1, 2, 3, 4, 5, 6]; print(l[::2], l[1::2], l[::-2], l[-1:-4:-1], l[4:1:-1], l[-10:10])
print([x for x in l if x % 2][::-1], sum(l[1:-1]), min(l[2:]), max(l[:2]))
l = [1, 2, 3]; it = iter(l); next(it); l.insert(0, 0); print(list(it))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted("bca", reverse=True))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return "K%d" % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(1)]), min(K(3), K(1)))
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, l)
class Bad:
    def __lt__(self, o): raise RuntimeError("no compare")
try:
    sorted([Bad(), Bad()])
except RuntimeError as e:
    print("RuntimeError:", e)
l = [1, 2, 3]; l[:] = []; print(l)
l = ["a", "b"]; l *= 2; print(l); l *= 0; print(l)
print([1, 2] < [1, 2, 3], [2] > [1, 9], [1, "a"] == [1, "a"], [1, 2] != [1, 2])
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
print(list(map(lambda *a: a, [1, 2], [3, 4])), list(zip(*[[1, 2, 3], [4, 5, 6]])))
l = list(range(10)); print(l.pop(3), l.pop(-3), l)
m = [1, 2, 3]; m.remove(2); m.append(m.pop(0)); print(m)
print([i * j for i in range(3) for j in range(3) if i != j])
