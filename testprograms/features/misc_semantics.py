x = [1, 2, 3]
y = x
x = x + [4]
print(y, x)
a = b = []
a.append(1); print(b)
def f(lst=None):
    lst = [] if lst is None else lst
    lst.append(1)
    return lst
print(f(), f(), f([0]))
print(1 if [] else 2, 1 if [0] else 2, "" or "default", [] or {} or 0 or "last")
print(not None, not not [], (None is None) is True, [] is not [], 3 in {3: 4}, 4 in {3: 4})
i = 10
print([i for i in range(3)], i)
t = 1, 2, 3
print(t[1:], t[-1], type(t[1:]).__name__)
s = "x"
s2 = s * 3
print(s2, s2 is not s)
print(chained := [1, 2] if False else "no walrus here")
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n, end=";")
print()
count = 0
for ch in "hello world":
    if ch in "aeiou":
        count += 1
print("vowels", count)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [sum(col) for col in zip(*matrix)], matrix[1][-1])
print(list(map(lambda row: max(row), matrix)), sorted(matrix, key=lambda r: -r[0]))
flat = [v for row in matrix for v in row if v % 2 == 0]
print(flat, sum(flat) / len(flat), divmod(sum(flat), len(flat)))
words = "apple banana cherry apple banana apple".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: kv[1], reverse=True)[0], len(freq), sorted(set(words)))
def gen_primes(limit):
    sieve = [True] * limit
    for p in range(2, limit):
        if sieve[p]:
            yield p
            for m in range(p * p, limit, p):
                sieve[m] = False
print(list(gen_primes(50)))
def binsearch(arr, target):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target: return mid
        if arr[mid] < target: lo = mid + 1
        else: hi = mid - 1
    return -1
print(binsearch(list(range(0, 100, 3)), 42), binsearch([1, 2], 5))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: (p[1], p[0])))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "{} {}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
