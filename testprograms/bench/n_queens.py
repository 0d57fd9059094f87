# Benchmark: generators and recursion over sets (all solutions of the n-queens problem).
import sys
import time


def place(n, row, cols, diag1, diag2):
    """Yield every completion (a tuple of column indices) of the rows from row on."""
    if row == n:
        yield ()
        return
    for col in range(n):
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        for rest in place(n, row + 1, cols, diag1, diag2):
            yield (col,) + rest
        cols.discard(col)
        diag1.discard(row + col)
        diag2.discard(row - col)


def solve(n):
    count = 0
    first = None
    checksum = 0
    for sol in place(n, 0, set(), set(), set()):
        if first is None:
            first = sol
        count += 1
        checksum = (checksum * 31 + sum(i * c for i, c in enumerate(sol))) % 1000000007
    return count, first, checksum


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = [solve(n) for n in (8, 9, 10)]
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    for r in result:
        print(r)


main(12)
