print(float("1.5"), float(" 1e3 "), float("inf"), float("-inf"), float("nan"), float("  -Infinity"), float("+1.5E-2"), float("1_0.5"))
print(float(3), float(True), float("0"), float("-0"), float(".5"), float("5."))
for bad in ["", "abc", "1.2.3", "1e", "in f", "_1.0"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.0, -0.0, 1e22, 1e300 * 1e10)
print(repr(1.1), str(1.1), 3.0 * 1.1, 100.0, 1e100, 2.5e-10)
print(round(0.5), round(1.5), round(2.675, 2), round(-0.5), round(1.23456, 3), round(123.456, -1), type(round(1.5)).__name__, type(round(1.5, 1)).__name__)
print(int(1e10), 7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2 ** 0.5, (-8) ** (1 / 3) if False else "", 10 ** -2, 1.5 ** 2)
print(float("inf") > 1e308, float("nan") == float("nan"), float("inf") - float("inf"))
n = float("nan"); print(n != n, n in [n], [n] == [n])
print(abs(-1.5), -(-1.5), max(1.5, 2), min(1, 1.0), 1 < 1.5 < 2)
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (2.5).hex() if False else "", 8.0)
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), 1e308 * 10)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(1e300 * 1e300, -1e300 * 1e300)
print(float(10 ** 20), float(2 ** 53 + 1), 10 ** 20 / 3)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(type(3.14).__name__, int(-0.5), int(2.9999))
print(5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(0.1 * 3, 1 - 0.9, 100 * 1.1, 1.0 / 7)
print(str(1e16), str(1.5e16), str(12345678901234567.0), repr(0.000123), 1e-4, 1.234e-7)
print(format(1.5, "e"), format(0.0, "g"), format(1e-5, "g"), format(123456789.0, "g"), format(1.0, ".0e"))
print("%g %g %g %g" % (100000, 1000000, 1e-4, 1e-5), "%.3g" % 1234.5, "%e" % 0)
print(float("1e500"), float("-1e500"), float("1e-500"))
