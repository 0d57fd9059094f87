# lambda expressions: defaults, closures, immediately invoked, in data structures.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: k)(z=1))
print((lambda a, b=10: a + b)(1), (lambda a, *, b: a - b)(5, b=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(sq.__name__, (lambda: 0).__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
pair = (lambda x: (x, x))(5)
print(pair)
