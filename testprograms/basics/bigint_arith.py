# Arbitrary-precision integer arithmetic.
a = 2 ** 100
b = 3 ** 60
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(a, 12345678901))
print(a ** 2)
print(pow(a, 3))
print(a >> 37, a << 13)
print(-a >> 37)
print(a & b, a | b, a ^ b)
print(~a, -~a)
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(f)))
print(f // (2 ** 38))
s = 0
for i in range(100):
    s += i ** 20
print(s)
print(10 ** 30 // 7, 10 ** 30 % 7)
print(abs(-a), -(-a) == a)
print(a == 2 ** 100, a != b, a < b, b > a)
print(1 << 200 > 1 << 199, (1 << 200) - (1 << 199) == 1 << 199)
print(hash(5), hash(-1), hash(0))
print(int("123456789" * 5), int("-" + "9" * 40) + 1)
