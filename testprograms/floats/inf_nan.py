# Infinities and NaN: creation, arithmetic, comparison, repr, conversion errors.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("NaN"), float("-nan"))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf), math.isnan(inf - inf))
print(math.inf == inf, math.nan != math.nan)
print(max(1, inf), min(-inf, 0), abs(-inf), -(-inf))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(repr(inf), str(-inf), "%f %e %g" % (inf, -inf, nan), f"{inf:.2f} {nan:10}|")
x = [nan]
print(nan in x, x == x, [nan] == [nan])
print(inf // 1 if False else "skip", math.fmod(5.0, inf), 5.0 % inf, -5.0 % inf)
for f in (lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: round(nan)):
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(math.sqrt(-1))
except ValueError as e:
    print("ValueError:", e)
