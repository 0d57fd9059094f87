vals = [0, 1, -1, 42, 255, -255, 10 ** 12, 3.0, -2.5, 1e-7, 123456.789, float("inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), "%s" % v, format(v), "{:>12}".format(v), "{:<8}|".format(v))
for v in [0.0, 1.0, 0.1, 1.23456789, 1234567.0, 1e21, 1e-5, 12.5, -0.0]:
    print("%.3f|%10.4e|%g|%G|%.10g" % (v, v, v, v, v), "{:.2f}|{:e}|{:.3g}|{:%}|{:n}".format(v, v, v, v, v))
for v in [0, 7, -7, 123456789]:
    print("{:+}|{: }|{:-}|{:010}|{:<10}|{:^10}|{:>10}|{:=10}|{:,}|{:_x}|{:#o}|{:c}".format(v, v, v, v, v, v, v, v, v, v, v, 65))
print("{:08.3f}".format(-3.14159), "{:+.1e}".format(12345.0), "{:.0%}".format(0.5), "{:10.2%}".format(0.1234))
print("{:x<5d}".format(3), "{:0>5}".format("ab"), "{:=+8.2f}".format(3.1), "{:#.3g}".format(1.0), "{:.3}".format(3.14159))
print("{:.3}".format("abcdef"), "{:5.2}|".format("abc"), "{:>5.1s}|".format("xyz"))
print(str(0.1), str(1/3), repr(2/3), 1e16, 9999999999999998.0, 1e-4, 0.0001234, 100.0 / 3)
print(float("0.1") + float("0.2") == 0.3, round(0.1 + 0.2, 10) == 0.3)
print("%5.1f%%" % 12.345, "%-6s|%6s" % ("ab", "cd"), "%03d" % -5, "%+.2f" % 0, "%x" % -255, "%o" % 0)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%.2f" % 2.675, "%.1f" % 0.05, "%.1f" % 0.15)
print(int("  12  "), int("-0"), int("+0x10", 16), int("0X1F", 0), int("10", 0), int("0", 0), int("000", 0) if True else 0)
try:
    int("010", 0)
except ValueError as e:
    print("ValueError:", e)
print(float("1e-7"), float("0.000001"), float("1234567890123456789"), 1.0e+3, 1_000.5)
print(f"{12345678:,}", f"{-1234.5:,.1f}", f"{1e6:,.0f}", f"{0.000012345:.2e}", f"{255:#010x}", f"{3:*^9}")
print(format(1e15, ".0f"), format(2 ** 64, ","), format(-0.0, "f"), format(1.5, "10"), format(True, "d"), format(False, ">5"))
