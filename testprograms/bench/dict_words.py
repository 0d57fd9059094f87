# Benchmark: dict work (word counts with string keys, a dict keyed by tuples).
import sys
import time
def run(n):
    vocab = ["w%d" % (i * 7919 % 1000) for i in range(5000)]
    counts = {}
    for r in range(n):
        for w in vocab:
            counts[w] = counts.get(w, 0) + 1
    grid = {}
    for i in range(300):
        for j in range(300):
            grid[(i, j)] = i * j
    s = 0
    for i in range(1, 299):
        for j in range(1, 299):
            s += grid[(i - 1, j)] + grid[(i + 1, j)] - grid[(i, j - 1)] - grid[(i, j + 1)]
    return len(counts), sum(counts.values()), s, max(counts.items())


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(300)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
