for i in range(3):
    pass
else:
    print("for-else ran", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
for i in []:
    print("never")
else:
    print("empty for-else")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
for [a, *b] in [[1, 2, 3], [4]]:
    print(a, b)
d = {"k1": 1, "k2": 2}
for k in sorted(d):
    print(k, d[k])
result = []
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        result.append((i, j))
print(result)
x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print("yes" if x else "no", x if x < 3 else -x)
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 == 1, 1 < 3 > 2 != 5, not 1, not 0, 1 and 2, 0 and 2, 1 or 2, 0 or "", None or 0 or [])
def side(v):
    print("side", v)
    return v
print(side(1) < side(2) < side(0) < side(99))
print(side(0) and side(1), side(2) or side(3))
for i in range(2):
    try:
        continue
    finally:
        print("finally in loop", i)
def loop_return():
    for i in range(5):
        while True:
            return i
print(loop_return())
a = b = c = 7; print(a, b, c)
a, b = b + 1, a - 1; print(a, b)
x = [0, 1]; i = 0; i, x[i] = 1, 9; print(i, x)
pass
