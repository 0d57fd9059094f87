# range in loops: start/stop/step, negative steps, large ranges, modifying the loop variable.
print(list(range(5)), list(range(3, 9)), list(range(0, 20, 5)), list(range(5, -6, -2)))
total = 0
for i in range(1, 1001):
    total += i
print(total)
for i in range(3):
    i = i * 100
    print(i, end=" ")
print()
r = range(10)
evens = [i for i in r if i % 2 == 0]
print(evens, len(r), r[3], r[-1])
for i in range(10, 0, -3):
    print(i, end=" ")
print()
acc = []
for i in range(2):
    for j in range(i, 3):
        acc.append((i, j))
print(acc)
n = 5
for i in range(n):
    n = 2
print("n changed but loop ran", i + 1, "times")
