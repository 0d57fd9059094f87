print("%s|%r|%d|%5d|%-5d|%05d|%x|%X|%o|%e|%f|%g|%%" % ("s", "s", 42, 42, 42, 42, 255, 255, 8, 1234.5, 1.5, 0.00001))
print("%(a)s-%(b)d" % {"a": "A", "b": 3})
print("%.2f %10.3f %-10.1f| %+d % d" % (3.14159, 2.71828, 1.5, 5, 5))
print("%c%c" % (65, "b"), "%s" % (1,), "%s" % [1, 2], "%r" % "it's")
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%#x %#o %#X" % (255, 8, 255))
print("%i %u" % (3, 4))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}{y}".format(x=1, y=2))
print("{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"))
print("{:d} {:5d} {:05d} {:+d} {:x} {:X} {:o} {:b} {:#x} {:#b}".format(1, 2, 3, 4, 255, 255, 8, 5, 255, 5))
print("{:,} {:_} {:,.2f} {:.3e} {:.2%} {:g}".format(1234567, 1234567, 1234.5, 12345.678, 0.256, 1e20))
print("{0[0]} {0[1]} {1[k]}".format([1, 2], {"k": "v"}))
print("{!r} {!s} {!a}".format("x", "y", "é"))
print("{{}} {{{}}}".format(7))
print("{:10.3f}|{:<10.2e}|{:^10}".format(3.14159, 1234.5, "mid"))
print(format(42), format(42, "x"), format(3.5, ".1f"), format("s", ">3"), format(True), format(None))
print("{:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5))
for bad in ["{", "}", "{0", "{:d}", "{x}"]:
    try:
        print(bad.format("s"))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
