# repr of floats is the shortest string that round-trips.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 0.0, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0,
        1e-4, 1e-5, 0.00001234, 1.5e300, 5e-324, 1.7976931348623157e308, 2.5, 100.0,
        9007199254740993.0, 0.3, 1.1 * 3, 3.3, 1e22, 1e23, 12345678901234567.0]
for v in vals:
    print(repr(v), str(v))
print(float("0.1"), float("  -1.5e3 "), float("1_000.5"), float(".5"), float("5."))
print(float(7), float(-2 ** 60), float(10 ** 20), float(True))
print(0.1 + 0.7, 0.1 * 3, 1.0 - 0.9, 4.35 * 100)
print(2.0 ** 0.5, 10.0 / 3.0, 1e300 * 10, -1e300 * 1e10)
print([0.5, 1.25], (1e-7,), {"f": 2.0})
print(1e16 + 1, 2.0 ** 53 + 1, 2 ** 53 + 1.0)
