print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(0, 5))
print(2 ** 10, 2 ** -1, (-2) ** 3, 0 ** 0, pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5))
print(1 << 100, (1 << 100) >> 98, -1 >> 5, -16 >> 2, 5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(10 ** 20 // 3, -(10 ** 20) // 7, (10 ** 20) % 7, -(10 ** 20) % 7)
print(int("42"), int(" -42 "), int("1_000"), int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36), int("10", 2))
print(int(3.9), int(-3.9), int(True), int("  +7\n"), int(1e20))
for bad in ["", "1.5", "abc", "0x", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
for bad in [(1, 0), (1.0, 0)]:
    for op in ("/", "//", "%"):
        try:
            if op == "/": bad[0] / bad[1]
            elif op == "//": bad[0] // bad[1]
            else: bad[0] % bad[1]
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 70))
print(abs(-5), abs(5), -(-5), +5, int.bit_length(255), (0).bit_length(), (-1).bit_length())
print(True + True, True * 3, False - 1, -True, ~True)
print(3 == 3.0, 1 == True, hash(1) == hash(1.0) == hash(True))
print(round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(1350, -2), round(7, 0))
print(10 / 4, 10 / 5, -10 / 4, 2 ** 0.5)
x = 12345678901234567890
print(x * x, x // 7, x % 1000, -x, x > 2 ** 63, str(x)[:5], x.bit_length())
print(int.from_bytes if False else "skip", (5).conjugate() if hasattr(5, "conjugate") else "")
print(1_000_000, 0x_ff, 0b_1010, 0o_17)
