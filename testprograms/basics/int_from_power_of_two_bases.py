# int() of long strings in bases 2, 4, 8, 16 and 32 is linear (CPython's long_from_binary_base),
# and agrees with the other bases.
for base in (2, 4, 8, 16, 32):
    for text in ("0", "1", "10", "7f", "z" if base == 32 else "1", "1" * 70, "10" * 200):
        if all(int(c, 36) < base for c in text):
            v = int(text, base)
            print(base, text[:12], v == int(text, base), v.bit_length(), v % 1000003)
print(int("ff_ff", 16), int("0x_ff", 16), int("-0b101", 0), int("  0o777  ", 8), int("V", 32))
x = int("f" * 10**6, 16)
print(x.bit_length(), x == 16 ** 10**6 - 1)
y = int("1" + "0" * 300000, 2)
print(y.bit_length(), y == 1 << 300000)
