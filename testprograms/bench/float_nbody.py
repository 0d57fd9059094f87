# Benchmark: float arithmetic (n-body simulation of the outer planets).
import sys
import time
PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
INITIAL = [
    [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS],
    [[4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
     [1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR, -6.90460016972063023e-05 * DAYS_PER_YEAR],
     9.54791938424326609e-04 * SOLAR_MASS],
    [[8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
     [-2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR, 2.30417297573763929e-05 * DAYS_PER_YEAR],
     2.85885980666130812e-04 * SOLAR_MASS],
    [[1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
     [2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR, -2.96589568540237556e-05 * DAYS_PER_YEAR],
     4.36624404335156298e-05 * SOLAR_MASS],
    [[1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
     [2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR, -9.51592254519715870e-05 * DAYS_PER_YEAR],
     5.15138902046611451e-05 * SOLAR_MASS],
]
BODIES = PAIRS = None
def reset():
    # a fresh copy of the initial state, so that every iteration does the same work
    global BODIES, PAIRS
    BODIES = [[list(r), list(v), m] for (r, v, m) in INITIAL]
    PAIRS = [(BODIES[i], BODIES[j]) for i in range(5) for j in range(i + 1, 5)]
def advance(dt, n):
    for _ in range(n):
        for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in PAIRS:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag
            b2m = m2 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        for (r, [vx, vy, vz], m) in BODIES:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz
def energy():
    e = 0.0
    for i, ((x1, y1, z1), v1, m1) in enumerate(BODIES):
        e += m1 * (v1[0] * v1[0] + v1[1] * v1[1] + v1[2] * v1[2]) / 2.0
        for ((x2, y2, z2), v2, m2) in BODIES[i + 1:]:
            e -= (m1 * m2) / ((x1 - x2) ** 2 + (y1 - y2) ** 2 + (z1 - z2) ** 2) ** 0.5
    return e
def offset_momentum():
    px = py = pz = 0.0
    for (r, [vx, vy, vz], m) in BODIES:
        px -= vx * m
        py -= vy * m
        pz -= vz * m
    v = BODIES[0][1]
    v[0], v[1], v[2] = px / SOLAR_MASS, py / SOLAR_MASS, pz / SOLAR_MASS
def simulate(steps):
    reset()
    offset_momentum()
    before = energy()
    advance(0.01, steps)
    return before, energy()


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = simulate(30000)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print("%.9f" % result[0])
    print("%.9f" % result[1])


main(6)
