# / always gives a float, // floors toward negative infinity, % takes the divisor's sign.
for a in (7, -7, 0):
    for b in (2, -2, 3, -3):
        print(a, b, a / b, a // b, a % b, divmod(a, b))
print(1 / 3, 2 / 3, 10 / 4, 9 / 3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(5 % 3.0, -5 % 3.0, 5.0 // -3)
print(2 ** 100 / 2 ** 99, (10 ** 20 + 1) / 10)
print(1 // 1, -1 // 1, 0 // 5)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(3, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
