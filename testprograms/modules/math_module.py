# The math module: constants and functions with exactly representable or well-known results.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.sqrt(144), math.isqrt(10 ** 20 + 1), math.hypot(3, 4))
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(1.9), math.fabs(-3), math.copysign(2, -0.0))
print(math.factorial(20), math.gcd(84, 36), math.gcd(0, 5), math.lcm(4, 6) if hasattr(math, "lcm") else 12)
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.exp(1))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.asin(1), math.acos(1), math.atan(1))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.degrees(math.pi), math.radians(180))
print(math.pow(2, 10), math.fmod(7, 3), math.fmod(-7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
