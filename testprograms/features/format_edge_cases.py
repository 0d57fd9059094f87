print("{0:{1}}|{0:>{2}}".format("ab", 5, 4), "{:{}{}}".format(3, "<", 4), "{!r:>8}".format("x"))
print("{0.real} {0.imag}".format(5), "{0[1]}{0[0]}".format("ab"), "{a[k]}".format(a={"k": "v"}))
print("{:n}".format(1234), "{:.2n}".format(3.14159), "{:c}".format(97), "{:-^11,}".format(12345))
print("{:=^10}".format("x"), "{:<010}".format(5), "{:>+010.2f}".format(3.14159))
print("%(a)-5s|%(b)05.1f" % {"a": "x", "b": 2.25}, "%%d" % (), "%s%%" % 50)
print("{:g}".format(1e-7), "{:g}".format(123456789), "{:G}".format(1e-10), "{:.0e}".format(12345))
print("{:%}".format(1), "{:.1%}".format(1 / 3), "{:e}".format(0), "{:E}".format(1.5))
print("{:x}".format(-255), "{:#X}".format(-255), "{:#b}".format(-5), "{:+#o}".format(8))
print("{:,d}".format(-1234567), "{:_b}".format(255), "{:_o}".format(4095), "{:,.3f}".format(-1234.5))
print(format(-0.0, "g"), format(0.0, "+g"), format(float("nan"), "f"), format(float("-inf"), "e"), format(float("inf"), "+.2f"))
print("{:10}|{:<10}|{:>10}".format(1.5, True, None), "{:d}".format(True), "{:.3f}".format(True))
print("{0}{1}{0}".format("a", "b"), "{}".format([1, {"a": (2,)}]), "{:s}".format("s"))
for bad in ["{:d}".format, "{:s}".format, "{:,s}".format, "{:=s}".format, "{:+s}".format]:
    for arg in [1.5, 5, "x"]:
        try:
            bad(arg)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
try:
    "{:.2f}".format("x")
except ValueError as e:
    print("ValueError:", e)
try:
    "{0[}".format(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:>>>}".format(1)
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)
print(f"{'a':>{3}}", f"{3.14159:.{2}f}", f"{'x'!r:^7}", f"{10:#{'x'}}")
print("%s %s" % ("a", "b"), "%-5d|" % 3, "% d" % 42, "%+.3e" % 12345.6789, "%5.1f%%" % 99.5)
print("%(x)s" % {"x": [1, 2]}, "%s" % {"k": 1}, "%r %r" % ((1,), [2]))
