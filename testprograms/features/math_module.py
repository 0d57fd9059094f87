import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(type(math.floor(2.5)).__name__, math.fabs(-3), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(8))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.gcd(12, 18), math.gcd(0, 5), math.factorial(10), math.isqrt(17), math.comb(5, 2), math.perm(5, 2), math.lcm(4, 6))
print(math.isfinite(1.0), math.isinf(math.inf), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist([0, 0], [3, 4]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.asin(1), math.acos(1), math.atan(1), math.sinh(0), math.cosh(0), math.tanh(0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.log(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.factorial(1.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
print(math.floor(10 ** 20), math.ceil(1e20), math.gcd(2 ** 100, 6 ** 50) == 2 ** 50)
print(math.gamma(5), math.lgamma(1))
print(math.nextafter(1.0, 2.0) if hasattr(math, "nextafter") else "", math.ulp(1.0) if hasattr(math, "ulp") else "", math.expm1(0), math.log1p(0))
