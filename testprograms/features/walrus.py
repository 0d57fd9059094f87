if (n := 10) > 5:
    print("n is", n)
print([y for x in range(5) if (y := x * 2) > 4], y)
data = [1, 2, 3]
while (item := data.pop()) != 1:
    print("item", item)
print((lambda: (z := 1))())
x = 1_0; print(x)
print(0 or (w := 3), w)
