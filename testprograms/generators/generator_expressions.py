# Generator expressions: laziness, single pass, the first iterable evaluated eagerly.
def source(n):
    for i in range(n):
        print("  produce", i)
        yield i
g = (x * 2 for x in source(3))
print("generator expression created")
print(next(g))
print(list(g))
print(list(g))
def src():
    print("  first iterable evaluated now")
    return [1, 2]
g2 = (x for x in src())
print("before iteration")
print(list(g2))
print(sum(x * x for x in range(10)), any(x > 5 for x in range(10)), all(x < 5 for x in range(3)))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
words = ["apple", "bob", "kayak", "level", "zebra"]
print(list(w for w in words if w == w[::-1]))
total = 0
for v in (i for i in range(100) if i % 7 == 0):
    total += v
print(total)
gen = (i for i in [3, 1, 2])
print(sorted(gen), sorted(gen))
print(dict((k, len(k)) for k in words[:2]), sorted(set(c for c in "hello")))
