# printf-style % formatting.
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1e-5, 1e20))
print("%g %g %g %g" % (100000.0, 1000000.0, 0.0001, 0.00001))
print("%s %s %s" % (None, [1, 2], (3,)))
print("%c%c" % (65, "b"), "%%", "%.3s" % "abcdef", "%5s|%-5s|" % ("ab", "ab"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%s" % "single", "%s" % ("tuple",), "%s" % [1])
print("%*d|%-*d|" % (6, 1, 6, 2), "%.*f" % (2, 1.23456))
print("%d" % 3.99, "%s" % 3.0, "%r" % 3.0, "%i" % True)
print("%x" % -255, "%o" % -8, "%d" % (10 ** 25))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("a", "b", "c"))
except TypeError as e:
    print("TypeError:", e)
