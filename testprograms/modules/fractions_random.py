# Fraction arithmetic: random expressions of Fractions, ints and floats, compared with CPython's results
from fractions import Fraction as F
try:
    print(repr(F(-3, 3) % F(36, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(20, 12) * F(43, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-30, 2) == F(-36, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(38, 7) / F(-37, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-39, -5) // F(-24, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-39, -5) ** 2) if F(-39, -5) != 0 else 'zero')
try:
    print(repr(-4.452106438889153 - -4.765168410783015))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-25, -5) * F(-49, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-25, -5) ** -3) if F(-25, -5) != 0 else 'zero')
try:
    print(repr(F(18, 2) - F(0, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(18, 2) ** 1) if F(18, 2) != 0 else 'zero')
try:
    print(repr(F(-45, 1) * F(37, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-46, 1) * 3))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-46, 1) ** -1) if F(-46, 1) != 0 else 'zero')
try:
    print(repr(7 <= 3.640360599883536))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(-1.2105576098434745 / F(-36, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(30, 3) + F(50, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-6, 100) - F(22, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(0.09877215124438976 // F(-13, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(-1 + F(-49, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-49, -5) == F(-32, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-49, -5))), repr(round(F(-49, -5), 1)), hash(F(-49, -5)), F(-49, -5).limit_denominator(3), repr(float(F(-49, -5))))
try:
    print(repr(F(-13, 100) * F(3, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-29, 100) != F(48, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-29, 100) ** -3) if F(-29, 100) != 0 else 'zero')
try:
    print(repr(F(-34, 2) / F(-40, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(25, 12) == F(-40, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(33, 1) == F(24, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-42, 100) / F(-12, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-42, 100) ** 2) if F(-42, 100) != 0 else 'zero')
try:
    print(repr(F(-43, 7) % -8))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-43, 7))), repr(round(F(-43, 7), 1)), hash(F(-43, 7)), F(-43, 7).limit_denominator(3), repr(float(F(-43, 7))))
try:
    print(repr(F(43, 12) != F(-19, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(2, 12) != F(-26, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(2, 12) ** -3) if F(2, 12) != 0 else 'zero')
try:
    print(repr(F(10, 12) - F(-47, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(7, 12) * F(-1, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(7, 12))), repr(round(F(7, 12), 1)), hash(F(7, 12)), F(7, 12).limit_denominator(3), repr(float(F(7, 12))))
try:
    print(repr(F(49, 2) - F(-22, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(49, 2))), repr(round(F(49, 2), 1)), hash(F(49, 2)), F(49, 2).limit_denominator(3), repr(float(F(49, 2))))
print(repr(F(49, 2) ** 2) if F(49, 2) != 0 else 'zero')
try:
    print(repr(2 % F(16, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(47, 12) // F(-49, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(47, 12) ** -3) if F(47, 12) != 0 else 'zero')
try:
    print(repr(F(3, 1) + 6))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(3, 1) ** -3) if F(3, 1) != 0 else 'zero')
try:
    print(repr(2.8628871576189576 + 0))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(12, 12) / F(1, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(12, 12))), repr(round(F(12, 12), 1)), hash(F(12, 12)), F(12, 12).limit_denominator(3), repr(float(F(12, 12))))
try:
    print(repr(F(22, 7) < F(-27, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(22, 7))), repr(round(F(22, 7), 1)), hash(F(22, 7)), F(22, 7).limit_denominator(3), repr(float(F(22, 7))))
print(repr(F(22, 7) ** -1) if F(22, 7) != 0 else 'zero')
try:
    print(repr(F(-26, 2) - F(34, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(47, 100) == F(-23, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(47, 100) ** 2) if F(47, 100) != 0 else 'zero')
try:
    print(repr(F(10, 2) <= 1))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-41, 2) - F(-10, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-41, 2))), repr(round(F(-41, 2), 1)), hash(F(-41, 2)), F(-41, 2).limit_denominator(3), repr(float(F(-41, 2))))
print(repr(F(-41, 2) ** -3) if F(-41, 2) != 0 else 'zero')
try:
    print(repr(F(1, 100) == 3))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-9, 7) * F(28, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-9, 7) ** 2) if F(-9, 7) != 0 else 'zero')
try:
    print(repr(-0.21212350409149217 == -7))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-8, 2) != F(-6, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-8, 2))), repr(round(F(-8, 2), 1)), hash(F(-8, 2)), F(-8, 2).limit_denominator(3), repr(float(F(-8, 2))))
try:
    print(repr(F(24, 2) - F(35, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-33, 7) != F(-25, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(2 < F(1, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-29, 12) / F(-5, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(17, 1) * 8))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(17, 1))), repr(round(F(17, 1), 1)), hash(F(17, 1)), F(17, 1).limit_denominator(3), repr(float(F(17, 1))))
try:
    print(repr(F(-25, 100) // 2.071597660315639))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-25, 100) ** 3) if F(-25, 100) != 0 else 'zero')
try:
    print(repr(F(8, 7) != -8))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(24, 7) + -3.4791462249206773))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(11, 100) != F(35, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(11, 100))), repr(round(F(11, 100), 1)), hash(F(11, 100)), F(11, 100).limit_denominator(3), repr(float(F(11, 100))))
try:
    print(repr(F(-18, 3) + F(-6, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(9, 3) / -6))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(9, 3) ** -1) if F(9, 3) != 0 else 'zero')
try:
    print(repr(F(-49, 2) % F(3, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-30, 12) / F(-33, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-30, 12))), repr(round(F(-30, 12), 1)), hash(F(-30, 12)), F(-30, 12).limit_denominator(3), repr(float(F(-30, 12))))
try:
    print(repr(F(40, 7) - F(21, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(40, 7))), repr(round(F(40, 7), 1)), hash(F(40, 7)), F(40, 7).limit_denominator(3), repr(float(F(40, 7))))
try:
    print(repr(F(-28, 1) != F(-31, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(31, 3) + F(16, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(31, 3))), repr(round(F(31, 3), 1)), hash(F(31, 3)), F(31, 3).limit_denominator(3), repr(float(F(31, 3))))
try:
    print(repr(F(-13, 3) - F(18, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-13, 3))), repr(round(F(-13, 3), 1)), hash(F(-13, 3)), F(-13, 3).limit_denominator(3), repr(float(F(-13, 3))))
try:
    print(repr(F(34, 2) % F(-4, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(34, 2))), repr(round(F(34, 2), 1)), hash(F(34, 2)), F(34, 2).limit_denominator(3), repr(float(F(34, 2))))
try:
    print(repr(F(43, 2) % F(-35, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(43, 2) ** 0) if F(43, 2) != 0 else 'zero')
try:
    print(repr(F(-17, 2) / 6))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-17, 2))), repr(round(F(-17, 2), 1)), hash(F(-17, 2)), F(-17, 2).limit_denominator(3), repr(float(F(-17, 2))))
print(repr(F(-17, 2) ** -3) if F(-17, 2) != 0 else 'zero')
try:
    print(repr(F(-50, 2) == F(-37, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-50, 2))), repr(round(F(-50, 2), 1)), hash(F(-50, 2)), F(-50, 2).limit_denominator(3), repr(float(F(-50, 2))))
try:
    print(repr(F(-41, 12) < F(-11, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-41, 12) ** 0) if F(-41, 12) != 0 else 'zero')
try:
    print(repr(F(43, 7) == 1.4431073483609227))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(31, 100) < F(-39, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(11, 2) * F(18, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(13, 1) // F(-49, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(9 <= F(-8, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(1 % F(-10, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(39, 3) != 9))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-21, 7) == F(-2, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-21, 7))), repr(round(F(-21, 7), 1)), hash(F(-21, 7)), F(-21, 7).limit_denominator(3), repr(float(F(-21, 7))))
try:
    print(repr(-6 // F(34, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(7, 100) - F(-39, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(7, 100))), repr(round(F(7, 100), 1)), hash(F(7, 100)), F(7, 100).limit_denominator(3), repr(float(F(7, 100))))
try:
    print(repr(F(30, 3) / F(-25, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(41, 100) - F(-19, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(41, 100))), repr(round(F(41, 100), 1)), hash(F(41, 100)), F(41, 100).limit_denominator(3), repr(float(F(41, 100))))
try:
    print(repr(F(-27, -5) * F(26, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-27, -5) ** -3) if F(-27, -5) != 0 else 'zero')
try:
    print(repr(-1.0557899962343562 / F(-7, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-40, 1) / F(9, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-50, 100) % F(37, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-50, 100))), repr(round(F(-50, 100), 1)), hash(F(-50, 100)), F(-50, 100).limit_denominator(3), repr(float(F(-50, 100))))
print(repr(F(-50, 100) ** 3) if F(-50, 100) != 0 else 'zero')
try:
    print(repr(F(28, 2) / F(-35, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(38, 2) * F(30, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(33, 7) - F(-31, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(33, 7) ** 0) if F(33, 7) != 0 else 'zero')
try:
    print(repr(F(-50, 3) - 0.6732601358337504))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-50, 3))), repr(round(F(-50, 3), 1)), hash(F(-50, 3)), F(-50, 3).limit_denominator(3), repr(float(F(-50, 3))))
try:
    print(repr(0.22339192477510394 + -3.0106598761601555))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(47, 7) + F(42, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(43, -5) == F(32, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(43, -5))), repr(round(F(43, -5), 1)), hash(F(43, -5)), F(43, -5).limit_denominator(3), repr(float(F(43, -5))))
try:
    print(repr(7 <= F(-10, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-15, 12) // F(50, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-4, 100) % F(-32, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(9 % F(4, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(1.8834136768304424 <= F(43, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-16, 7) * F(23, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(45, 2) + F(29, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(45, 2))), repr(round(F(45, 2), 1)), hash(F(45, 2)), F(45, 2).limit_denominator(3), repr(float(F(45, 2))))
try:
    print(repr(F(-18, 12) < 0.0066138264427095805))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-18, 12))), repr(round(F(-18, 12), 1)), hash(F(-18, 12)), F(-18, 12).limit_denominator(3), repr(float(F(-18, 12))))
try:
    print(repr(F(-13, 100) % F(15, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-13, 100))), repr(round(F(-13, 100), 1)), hash(F(-13, 100)), F(-13, 100).limit_denominator(3), repr(float(F(-13, 100))))
print(repr(F(-13, 100) ** -3) if F(-13, 100) != 0 else 'zero')
try:
    print(repr(1 < F(8, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-48, 100) <= F(47, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-48, 100))), repr(round(F(-48, 100), 1)), hash(F(-48, 100)), F(-48, 100).limit_denominator(3), repr(float(F(-48, 100))))
try:
    print(repr(F(8, 2) / F(0, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-36, 7) % F(16, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-36, 7))), repr(round(F(-36, 7), 1)), hash(F(-36, 7)), F(-36, 7).limit_denominator(3), repr(float(F(-36, 7))))
try:
    print(repr(-3.1963676922434034 == F(-5, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(41, 7) % F(11, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(41, 7))), repr(round(F(41, 7), 1)), hash(F(41, 7)), F(41, 7).limit_denominator(3), repr(float(F(41, 7))))
print(repr(F(41, 7) ** 0) if F(41, 7) != 0 else 'zero')
try:
    print(repr(3 / F(11, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(22, -5) - F(-36, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-26, 7) < F(37, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-43, 1) / F(7, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-33, 3) != F(23, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-13, 1) / F(-49, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(33, -5) - F(-43, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-20, -5) * F(7, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(-9 + F(31, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(34, 12) <= F(49, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-37, -5) + -3.5160676006809863))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(18, -5) - F(29, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-36, 1) < -4))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(44, 100) / -9))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(44, 100))), repr(round(F(44, 100), 1)), hash(F(44, 100)), F(44, 100).limit_denominator(3), repr(float(F(44, 100))))
print(repr(F(44, 100) ** 1) if F(44, 100) != 0 else 'zero')
try:
    print(repr(F(-24, 12) + F(5, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-24, 12))), repr(round(F(-24, 12), 1)), hash(F(-24, 12)), F(-24, 12).limit_denominator(3), repr(float(F(-24, 12))))
print(repr(F(-24, 12) ** -3) if F(-24, 12) != 0 else 'zero')
try:
    print(repr(F(-18, 3) < F(-1, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(27, 1) - -4))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-44, -5) != F(-26, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-12, 3) % F(3, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-12, 3) ** -3) if F(-12, 3) != 0 else 'zero')
try:
    print(repr(F(-4, -5) * F(37, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(24, 2) // F(42, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(24, 2) ** 1) if F(24, 2) != 0 else 'zero')
try:
    print(repr(F(-2, -5) / F(-41, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-39, -5) + F(2, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(30, 100) - F(40, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(19, 12) <= F(37, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(43, 12) == F(-34, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(33, 12) - F(2, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(48, 2) / F(43, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(48, 2))), repr(round(F(48, 2), 1)), hash(F(48, 2)), F(48, 2).limit_denominator(3), repr(float(F(48, 2))))
try:
    print(repr(F(-50, 12) / 2.180380459968073))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(18, 1) - F(14, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(18, 1))), repr(round(F(18, 1), 1)), hash(F(18, 1)), F(18, 1).limit_denominator(3), repr(float(F(18, 1))))
try:
    print(repr(F(38, 100) // -5))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(38, 100))), repr(round(F(38, 100), 1)), hash(F(38, 100)), F(38, 100).limit_denominator(3), repr(float(F(38, 100))))
try:
    print(repr(F(36, 1) < F(49, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(36, 1))), repr(round(F(36, 1), 1)), hash(F(36, 1)), F(36, 1).limit_denominator(3), repr(float(F(36, 1))))
try:
    print(repr(F(-9, 100) <= F(12, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(44, 12) != 3))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(3, -5) <= 9))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(3, -5))), repr(round(F(3, -5), 1)), hash(F(3, -5)), F(3, -5).limit_denominator(3), repr(float(F(3, -5))))
print(repr(F(3, -5) ** 1) if F(3, -5) != 0 else 'zero')
try:
    print(repr(F(23, 3) * -9))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-45, 7) == F(46, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-19, -5) != F(27, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(-4.291463407125767 != 3.810855793348857))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(7, 100) == F(27, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-46, 1) < F(-29, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(2.6758247526586754 - F(-8, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-37, 3) <= -2))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(3 + F(-15, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(50, 7) / F(-18, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(34, 12) % -1))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-7, 3) * F(-39, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-7, 3))), repr(round(F(-7, 3), 1)), hash(F(-7, 3)), F(-7, 3).limit_denominator(3), repr(float(F(-7, 3))))
try:
    print(repr(F(46, -5) < F(44, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(46, -5))), repr(round(F(46, -5), 1)), hash(F(46, -5)), F(46, -5).limit_denominator(3), repr(float(F(46, -5))))
try:
    print(repr(F(31, 1) / 7))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(23, 2) // F(40, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(36, 2) != 0.03347943639900741))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(36, 2))), repr(round(F(36, 2), 1)), hash(F(36, 2)), F(36, 2).limit_denominator(3), repr(float(F(36, 2))))
try:
    print(repr(F(-12, 7) != F(6, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-2, 2) == F(23, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-2, 2) ** -3) if F(-2, 2) != 0 else 'zero')
try:
    print(repr(6 + -1))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(39, 1) < F(-45, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(39, 1))), repr(round(F(39, 1), 1)), hash(F(39, 1)), F(39, 1).limit_denominator(3), repr(float(F(39, 1))))
try:
    print(repr(4.463704062593219 - F(-44, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-12, 2) - 5))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(45, 12) <= F(-35, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-25, 1) <= F(26, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-25, 1) ** -3) if F(-25, 1) != 0 else 'zero')
try:
    print(repr(F(18, -5) * F(39, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-34, 7) % F(-39, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(7, 3) == F(20, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-15, 12) / F(-28, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-23, 1) != 1.4434490178318065))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-23, 1) ** -2) if F(-23, 1) != 0 else 'zero')
try:
    print(repr(F(-32, 7) <= F(-1, 2)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(2.5481599563053923 % F(-2, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-43, 100) % F(5, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(-43, 100) ** 1) if F(-43, 100) != 0 else 'zero')
try:
    print(repr(F(-16, 2) + F(33, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-16, 2))), repr(round(F(-16, 2), 1)), hash(F(-16, 2)), F(-16, 2).limit_denominator(3), repr(float(F(-16, 2))))
try:
    print(repr(F(30, 2) / F(-8, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(-3.8315760423599023 % F(42, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(17, 1) != -1.4790984041454394))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(17, 1))), repr(round(F(17, 1), 1)), hash(F(17, 1)), F(17, 1).limit_denominator(3), repr(float(F(17, 1))))
try:
    print(repr(F(26, 12) == F(31, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(40, -5) == F(19, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(-3.5845860939960286 * 0.2031512968820408))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-46, 3) + F(-40, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-46, 3))), repr(round(F(-46, 3), 1)), hash(F(-46, 3)), F(-46, 3).limit_denominator(3), repr(float(F(-46, 3))))
try:
    print(repr(F(-49, 3) - F(-3, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(10, 3) != F(-39, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(2 + -3.891476480250362))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(2.256820378906821 != F(-22, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(25, 7) % F(-23, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(25, 7))), repr(round(F(25, 7), 1)), hash(F(25, 7)), F(25, 7).limit_denominator(3), repr(float(F(25, 7))))
try:
    print(repr(8 // F(38, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-7, 1) == 6))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-7, 1))), repr(round(F(-7, 1), 1)), hash(F(-7, 1)), F(-7, 1).limit_denominator(3), repr(float(F(-7, 1))))
print(repr(F(-7, 1) ** -2) if F(-7, 1) != 0 else 'zero')
try:
    print(repr(F(-30, 3) * 7))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(50, -5) / F(8, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(32, 7) / F(-30, 12)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(32, 7))), repr(round(F(32, 7), 1)), hash(F(32, 7)), F(32, 7).limit_denominator(3), repr(float(F(32, 7))))
try:
    print(repr(-3 // F(6, 7)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(44, 1) - F(-37, 100)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(-38, 1) < F(17, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(24, 100) // F(6, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(0, 1) % F(-7, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(0, 1))), repr(round(F(0, 1), 1)), hash(F(0, 1)), F(0, 1).limit_denominator(3), repr(float(F(0, 1))))
try:
    print(repr(F(-12, 1) * F(8, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(round(F(-12, 1))), repr(round(F(-12, 1), 1)), hash(F(-12, 1)), F(-12, 1).limit_denominator(3), repr(float(F(-12, 1))))
try:
    print(repr(F(8, 7) + F(3, 1)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(23, 1) == 0.8920762209437303))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(repr(F(23, 1) ** 0) if F(23, 1) != 0 else 'zero')
try:
    print(repr(F(6, 100) / 2.999993840783138))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(F(3, 3) != F(-40, 3)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(-0.22717170427111721 + F(-47, -5)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(repr(0 // 3.1915074155892693))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
