# while loops with else, break, continue; else runs only without break.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while-else ran, i =", i)
n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("first n with n*n > 50:", n)
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
count = 0
while count < 3:
    count += 1
else:
    print("else after normal exit, count =", count)
while False:
    pass
else:
    print("else of a loop that never ran")
