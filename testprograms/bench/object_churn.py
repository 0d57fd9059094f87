# Benchmark: allocating many small objects, tuples and lists and dropping them at once.
import sys
import time
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
def churn(n):
    total = 0
    p = Point(0, 0)
    for i in range(n):
        p = p.moved(1, -1)
        t = (i, i + 1, (i, p.x))
        l = [t, [i], {"k": i}]
        total += len(l) + t[2][0] - p.y
    return total


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = churn(250000)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
