# min, max (key, default, several args), sum (start), abs, any, all.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2, "b"), (2, "a")))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max([1, -5, 3], key=abs))
print(max([], default="none"), min([], default=0), max([7], default=0))
print(max(1, 2.5), min(-1, -1.0), max([3, 3.0]), max([3.0, 3]))
print(max([("a", 2), ("b", 2)], key=lambda t: t[1]), min([("a", 2), ("b", 2)], key=lambda t: t[1]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(101)))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 30))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
for bad in (lambda: max([]), lambda: min(), lambda: sum(["a", "b"], ""), lambda: max(1), lambda: abs("x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
