# Benchmark: float arithmetic (Mandelbrot set membership on a grid).
import sys
import time
def mandel(w, h, max_iter):
    inside = 0
    checksum = 0
    for py in range(h):
        ci = py * 2.0 / h - 1.0
        for px in range(w):
            cr = px * 3.0 / w - 2.0
            zr = zi = 0.0
            k = 0
            while k < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            if k == max_iter:
                inside += 1
            checksum = (checksum * 31 + k) % 1000000007
    return inside, checksum


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = mandel(240, 180, 100)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
