a, b, c = 7, 3, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> b, a & b, a | b, a ^ b)
print(-a, +a, ~a, not a)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b, a in [1, 2, 3], a not in (b, c))
print(a < b < c, a < b > c == 5)
print(a and b, a or b, a and b or c, not (a and b))
print(a if b else c)
print(2 ** 10, -1, "a" + "b", (1, 2, (3, 4)), 2 ** 1000, 1 / 0, "x" * 5, 1 << 200, 7 // -2, -7 % 3)
print(1.5e300 * 10, 0.1 + 0.2, True + 1, None, ..., -0.0)
x = [1, 2, 3]
s = {a, b}
d = {"k": a, **{b: c}}
t = (*x, a)
