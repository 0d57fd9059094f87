# fractions and numbers: construction from ints, floats, strs and Rationals, arithmetic, comparisons, rounding, hashing, limit_denominator, errors
from fractions import Fraction as F
import math, numbers
vals = [F(3, 4), F(-6, 8), F(5), F(0), F(1, 3), F(-7, 2), F(22, 7)]
print(vals, [str(v) for v in vals])
for s in ["3/4", " -1.5e2 ", "1_000/3", ".5", "5.", "1e-3", "+7", "2.50", "3 / 4", " 10/-3", "1__0", "abc", ".", "1/0", "1.5/2", "٣/٤", "1e", "1e+2_0"]:
    try:
        print(repr(s), F(s))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
print(F(0.1), F(0.5), F(-2.75), F.from_float(1.25), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(3, F(1, 2)))
for bad in [lambda: F(1.5, 2), lambda: F("1", 2), lambda: F([1]), lambda: F(1, 0), lambda: F.from_float("x"), lambda: F(float("nan")), lambda: F(float("inf"))]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** F(3), 4 ** F(1, 2), F(2) ** F(2))
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 + a, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(5) == 5, F(1, 2) < 0.6, 1 < F(3, 2), F(1, 2) > F(1, 3))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 1), -2), float(F(1, 3)))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(1, 3)), hash(F(-1, 3)), {F(1, 2): "half"}[0.5])
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(1000), F(3, 7).limit_denominator(100), F(1234567, 7654321).limit_denominator(100))
print(abs(F(-3, 4)), -F(3, 4), +F(3, 4), bool(F(0)), bool(F(1, 9)), F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator)
print(isinstance(F(1), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Rational), issubclass(F, numbers.Real))
print(sum([F(1, n) for n in range(1, 11)]), max(F(1, 3), F(2, 7)), sorted([F(1, 2), 0.3, F(1, 3), 1]))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a, a.__reduce__())
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(f"{F(1, 3)}", "%s" % F(2, 4), format(F(1, 3)))
