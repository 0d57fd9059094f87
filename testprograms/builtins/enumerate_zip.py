# enumerate and zip: start values, unequal lengths, unzipping, laziness.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
for i, ch in enumerate("xy", start=10):
    print(i, ch)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), "abc")))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip("abc", range(3))), dict(enumerate("ab")))
e = enumerate([10, 20])
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(type(enumerate([])).__name__, type(zip()).__name__)
def noisy(tag, n):
    for i in range(n):
        print("  ", tag, "yields", i)
        yield i
print(list(zip(noisy("a", 3), noisy("b", 1))))
