# for loops over many iterables, with else, break and continue.
for x in [1, 2, 3]:
    print(x, end=" ")
print()
for ch in "abc":
    print(ch, end="")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes(40))
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("not printed")
for i in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    pass
print("loop variable after loop:", i)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
print(lst)
