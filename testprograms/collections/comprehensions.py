# List, dict, set comprehensions and generator expressions; scoping of the loop variable.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print({k: v for k, v in zip("abc", range(3))})
print({x % 4 for x in range(10)})
print({w: len(w) for w in "a bb ccc".split()})
print(sum(x for x in range(101)), max(len(w) for w in ["ab", "abcd", "a"]))
print(list(x for x in "abc"), tuple(i for i in range(3)))
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
n = 10
print([n + i for i in range(3)])
def make():
    k = 5
    return [k * i for i in range(3)]
print(make())
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
print([v if v > 2 else -v for v in range(5)])
g = (i * 2 for i in range(3))
print(next(g), list(g), list(g))
print({(i, j): i + j for i in range(2) for j in range(2)})
print([c for c in "hello" if c not in "aeiou"])
