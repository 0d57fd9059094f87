# round (banker's rounding), divmod, pow with a modulus.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5)])
print(round(2.567, 2), round(2.565, 2), round(-2.5), round(7), round(7, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, -1)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3), pow(2, -2), pow(4, 0.5))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(0, 0), pow(0.0, 0), pow(10, 30, 7 ** 10))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
