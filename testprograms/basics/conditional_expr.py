# Conditional expressions: only the chosen branch is evaluated; nesting associates right.
def show(x):
    print("eval", x)
    return x
for n in range(-2, 3):
    s = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, s)
print(show(1) if show(True) else show(2))
print(show(1) if show(False) else show(2))
vals = [x if x % 2 else -x for x in range(6)]
print(vals)
f = lambda a: a * 2 if a > 0 else None
print(f(3), f(-3))
print((1 if True else 2) + 10, 1 if True else 2 + 10, 1 if False else 2 + 10)
