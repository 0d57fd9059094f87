# Benchmark: function calls (naive recursive fibonacci).
import sys
import time
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = fib(30)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(8)
