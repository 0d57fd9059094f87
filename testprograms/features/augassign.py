x = 5; x += 2; x -= 1; x *= 3; x //= 4; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0xF; x ^= 3
print(x)
f = 1.5; f /= 2; f += 1; print(f)
s = "a"; s += "b"; s *= 3; print(s)
l = [1]; l2 = l; l += [2]; print(l, l2 is l); l = l * 2; print(l, l2)
t = (1,); t2 = t; t += (2,); print(t, t2)
d = {"a": [1]}; d["a"] += [2]; d.setdefault("b", 0); d["b"] += 5; print(d)
class A:
    def __init__(self): self.v = 1
a = A(); a.v += 10; print(a.v)
lst = [1, 2, 3]; lst[1] *= 10; lst[-1] **= 2; print(lst)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o); return self
    def __add__(self, o):
        return "add"
acc = Acc(); acc += 1; acc += 2; print(acc.items)
class OnlyAdd:
    def __add__(self, o): return "plain add"
o = OnlyAdd(); o += 1; print(o)
n = None
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
try:
    s = "x"; s -= "y"
except TypeError as e:
    print("TypeError:", e)
m = [[0]]; m[0][0] += 1; print(m)
cnt = {}
for ch in "hello":
    cnt[ch] = cnt.get(ch, 0) + 1
print(sorted(cnt.items()))
z = 2; z **= 100; print(z)
q = 7; q /= 2; print(q)
fs = frozenset([1]); fs2 = fs; fs |= {2}; print(sorted(fs), sorted(fs2))
se = {1}; se2 = se; se |= {2}; print(sorted(se2))
