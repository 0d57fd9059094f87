# Benchmark: float arithmetic through many small function calls (spectral norm of an
# infinite matrix, by the power method).
import sys
import time


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * u[j]
        out.append(s)
    return out


def times_transposed(u):
    n = len(u)
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * u[j]
        out.append(s)
    return out


def at_times(u):
    return times_transposed(times(u))


def spectral_norm(n):
    u = [1.0] * n
    v = None
    for _ in range(10):
        v = at_times(u)
        u = at_times(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = spectral_norm(150)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print("%.9f" % result)


main(6)
