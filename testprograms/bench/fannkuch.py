# Benchmark: list permutations and in-place reversal of prefixes (fannkuch-redux).
import sys
import time


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        nperm += 1
        # next permutation in the counting order
        while True:
            if r == n:
                return checksum, max_flips, nperm
            p0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        for _ in range(3):
            result = fannkuch(8)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print("checksum %d, max flips %d over %d permutations" % result)


main(6)
