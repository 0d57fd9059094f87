def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        if i > 10:
            break
        total += i
    else:
        total = -1
    while n > 0:
        n -= 1
        if n == 3:
            break
    else:
        total += 100
    while True:
        total += 1
        if total > 50:
            break
    return total

def branches(x):
    if x < 0:
        return "neg"
    elif x == 0:
        return "zero"
    elif x < 10 and x != 5 or x is None:
        return "small"
    else:
        return "big"

def early():
    return 1
    print("dead")

print(loops(20), branches(3))
