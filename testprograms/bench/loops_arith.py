# Benchmark: nested while/for loops with integer arithmetic.
def work(n):
    total = 0
    i = 0
    while i < n:
        for j in range(100):
            total += (i * j) % 7 - (j ^ i) + (i >> 2)
        i += 1
    return total
print(work(120000))
