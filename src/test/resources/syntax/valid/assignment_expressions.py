if (n := 10) > 5:
    pass
while (line := f()) != "":
    print(line)
values = [y for x in data if (y := g(x)) is not None]
print(total := 0, [total := total + v for v in values])
h(key=(k := 1), *[(j := 2)])
lst[(i := 0)] = {(z := 1): (w := 2)}
lam = lambda: (q := 3)
