# Bitwise operators on ints, including negatives (two's complement semantics).
vals = [0, 1, 5, 12, -1, -6, 255, 1 << 40]
for a in vals[:5]:
    for b in vals[3:]:
        print(a, b, a & b, a | b, a ^ b)
for v in vals:
    print(v, ~v, v << 3, v >> 2)
print(-1 >> 100, 1 >> 100, -(1 << 80) >> 79)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0x0F)
print(True & False, True | False, True ^ True, type(True & True))
print(1 << 0, 1 << 64, (1 << 64) >> 63)
print((-5) & 0xFF, (-5) | 0x100, (-5) ^ -3)
x = 0b1010
x |= 0b0101
print(x)
x &= 0b0110
print(x)
x ^= 0b1111
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
print((123).bit_length(), (-123).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
