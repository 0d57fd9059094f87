# repr of many doubles (checksummed): short decimals n / 10**k (repr's fast path), integers,
# binary fractions, and doubles of every magnitude (the general shortest-digits search).
import random

random.seed(5)
out = []
for i in range(12000):
    k = i % 8
    if k == 0:
        x = random.random() * 10 ** random.randrange(-20, 25)
    elif k == 1:
        x = random.randrange(-10 ** 6, 10 ** 6) / 64
    elif k == 2:
        x = round(random.random() * 1000, random.randrange(0, 12))
    elif k == 3:
        x = (random.random() + 0.5) * 2.0 ** random.randrange(-1070, 1020) * random.choice([1, -1])
    elif k == 4:
        x = random.randrange(10 ** 17) / 10 ** random.randrange(0, 20)
    elif k == 5:
        x = float(random.randrange(-2 ** 60, 2 ** 60))
    elif k == 6:
        x = random.randrange(1, 10 ** 15) * 10.0 ** random.randrange(-10, 10)
    else:
        x = 1 / random.randrange(1, 10 ** 6)
    out.append(repr(x))
h = 0
for s in out:
    for c in s:
        h = (h * 31 + ord(c)) % 1000000007
print(h)
for i in range(0, 64, 4):
    print(out[i:i + 4])
print([repr(x) for x in [0.1, 0.2, 0.3, 1e15, 1e16, 123456789012345.6, 999999999999999.9, 1e-5, 0.0001, 5e-324]])
