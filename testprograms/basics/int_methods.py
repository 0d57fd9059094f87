# int conversions and methods.
print(int("42"), int("-42"), int("  7  "), int("+3"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("101", 2), int("777", 8), int("10", 0))
print(int(3.9), int(-3.9), int(1e20), int(True))
print(abs(-5), (-5).__abs__(), (5).bit_length())
print((10).to_bytes if False else "skip")
print(int("9" * 30) + 1)
print(divmod(-17, 5), divmod(17, -5))
print(round(17, -1), round(15, -1), round(25, -1), round(1234, -2))
print((255).__index__(), int.__name__)
for bad in ("", "1.5", "abc", "0x10", "1 2", "--1"):
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
