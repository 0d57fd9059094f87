# Integer literals in every base, underscores, and their reprs.
print(0, 7, -7, +7)
print(0b1011, 0o755, 0xFF, 0XdeadBEEF)
print(1_000_000, 0b_1111_0000, 0x_ff_ff)
print(00, 0_0)
print(123456789012345678901234567890)
print(-0x8000000000000000, 0x7fffffffffffffff)
print(type(10), type(10 ** 30))
print(True + True, True * 10, False - 1)
print(int(True), int(False))
x = 2 ** 64
print(x, x - 1, -x, x // 3, x % 1000)
print(10 ** 20 == 100000000000000000000)
print(repr(-0), repr(1_0))
