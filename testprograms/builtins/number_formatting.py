# hex, bin, oct, int with bases, chr and ord.
for n in (0, 1, 10, 255, -255, 2 ** 40, -1):
    print(n, hex(n), bin(n), oct(n))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8), int("0x" + "f" * 20, 0))
print(int("Zz", 36), int("-0b1010", 0), int("  12  ", 10), int("1010", base=2))
print(chr(65), chr(97), chr(48), chr(8364), chr(0x1F600) == "\U0001F600", ord("A"), ord("€"), ord(" "))
print("".join(chr(c) for c in range(ord("a"), ord("f"))))
print(format(255, "x"), format(255, "#010b"), format(-5, "b"), format(255, "o"))
for bad in ("2", "g"):
    try:
        int(bad, 2 if bad == "2" else 16)
    except ValueError as e:
        print("ValueError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
