# Benchmark: allocation and deallocation of many small binary trees (tuples), plus one
# long-lived tree that survives all the iterations (allocation + GC generations).
import sys
import time


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def run(min_depth, max_depth):
    lines = []
    stretch = make(max_depth + 1)
    lines.append("stretch tree of depth %d check: %d" % (max_depth + 1, check(stretch)))
    stretch = None
    long_lived = make(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for i in range(iterations):
            total += check(make(depth))
        lines.append("%d trees of depth %d check: %d" % (iterations, depth, total))
        depth += 2
    lines.append("long lived tree of depth %d check: %d" % (max_depth, check(long_lived)))
    return lines


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(4, 13)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    for line in result:
        print(line)


main(5)
