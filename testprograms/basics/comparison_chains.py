# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(1 < 2 <= 2 < 3 != 4 > 0)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(3) == v(3))
a = 5
print(0 <= a < 10, 0 <= a < 5, a is a is not None)
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2])
print(1 == 1.0, 0 == False, 1 == True)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print([1, 2] == [1, 2], [1, 2] == (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None == None, None is None, None != 0)
print(float("nan") == float("nan"), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 > 1e19, 10 ** 20 == 1e20, -10 ** 400 < -1e300)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < None)
except TypeError as e:
    print("TypeError:", e)
