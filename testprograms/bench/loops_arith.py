# Benchmark: nested while/for loops with integer arithmetic.
import sys
import time
def work(n):
    total = 0
    i = 0
    while i < n:
        for j in range(100):
            total += (i * j) % 7 - (j ^ i) + (i >> 2)
        i += 1
    return total


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = work(12000)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
