# round() uses round-half-to-even and exact decimal values of floats.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005):
    print(v, round(v), round(v, 2), type(round(v)))
for v in (2.675, 1.005, 0.125, 0.375, 12345.6789, -12345.6789):
    print(round(v, 2), round(v, 1), round(v, 0), round(v, -1), round(v, -2))
print(round(5), round(-5), round(15, -1), round(25, -1), round(-25, -1), round(1234567, -3))
print(round(0.5 + 1e-16), round(1e20), round(1e20, 2), round(3.14159, 10))
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7))
print(type(math.floor(2.5)), math.floor(5), math.ceil(10 ** 20))
print(int(2.999), int(-2.999), int(1e15 + 0.5))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("{:.1f} {:.1f} {:.2f}".format(0.25, 0.35, 2.675))
