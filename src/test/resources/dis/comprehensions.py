data = [3, 1, 2]
squares = [x * x for x in data]
evens = {x for x in data if x % 2 == 0}
index = {k: v for k, v in enumerate(data)}
pairs = [(a, b) for a in data if a for b in data if b != a]
total = sum(x for x in data)

def scoped(n):
    return [[i * j for j in range(n)] for i in range(n)]

print(squares, evens, index, pairs, total, scoped(2))
