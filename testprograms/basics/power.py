# The ** operator: ints, negative exponents, floats, right associativity, unary minus.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(2.0 ** 10, 4 ** 0.5, 2 ** 0.5)
print(9 ** 0.5, 27 ** (1 / 3))
print(pow(2, 10), pow(2, -1), pow(2.5, 2))
print(pow(3, 4, 5), pow(7, 100, 13), pow(2, 1000, 10 ** 9 + 7))
print(pow(-3, 3, 7), pow(3, -1, 7), pow(5, -2, 13))
print(7 ** 77)
print((-1) ** 1001, 1 ** 10 ** 6)
print(0.0 ** 0, 0 ** 2.5)
x = 3
x **= 4
print(x)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print("ValueError:", e)
