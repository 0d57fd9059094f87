# map and filter: several iterables, None as predicate, laziness, builtins as functions.
print(list(map(abs, [-1, 2, -3])), list(map(str, range(3))), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(str.isdigit, "a1b22")))
print(list(filter(lambda x: x > 2, range(6))))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
def trace(x):
    print("  map called with", x)
    return x + 1
m2 = map(trace, [1, 2])
print("map created, nothing called yet")
print(list(m2))
words = "The Quick brown fox".split()
print(list(map(str.lower, words)), sorted(filter(lambda w: w[0].isupper(), words)))
print(sum(map(int, "12345")), max(map(len, words)), list(map(tuple, ["ab", "c"])))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
