print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0], [(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)}, {x % 3 for x in range(10)}, [c.upper() for c in "abc" if c != "b"])
print([[y for y in range(x)] for x in range(4)], [x for x in [y * 2 for y in range(3)]])
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
print([i for i in range(10) if i % 2 if i % 3])
print([a + b for a, b in [(1, 2), (3, 4)]], {k: v for k, v in zip("ab", [1, 2])}, [(a, b) for (a, b), c in [((1, 2), 3)]])
print(sum(i * i for i in range(10)), max(len(w) for w in ["a", "bbb", "cc"]), tuple(x for x in "ab"))
def scope_test():
    n = 10
    return [n + i for i in range(3)], [lambda: i for i in range(2)][0]()
print(scope_test())
class Klass:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    first = data[0]
    try:
        broken = [first for _ in range(2)]
    except NameError as e:
        err = str(e)
print(Klass.doubled, Klass.err)
print([x for x in range(3)] == list(range(3)), [None for _ in range(2)])
g = (x * x for x in range(4)); print(list(g), list(g))
nested = [[1, 2], [3], []]; print([v for sub in nested for v in sub])
print({(x, y): x * y for x in range(2) for y in range(2)})
print([y for x in range(3) if x for y in range(x) if y != 1])
def gen_scope():
    return list(a for a in range(3) for b in range(a))
print(gen_scope())
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([i for i in range(3) for i in "ab"])
