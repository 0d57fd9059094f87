# str.format: positional, keyword, indexing, attributes, specs, nesting.
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{name}={value}".format(name="k", value=3))
print("{0[1]} {1[key]} {2.real}".format([5, 6], {"key": "v"}, 7))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{: d}|{:,}|{:_}".format(42, 42, 42, 42, 42, 1234567, 1234567))
print("{:x} {:X} {:o} {:b} {:#x} {:#b} {:#o}".format(255, 255, 8, 5, 255, 5, 8))
print("{:f} {:.2f} {:10.3f} {:e} {:.1e} {:g} {:%} {:.1%}".format(3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.0001, 0.25, 0.125))
print("{:.3} {:.3} {:10.4}|".format(3.14159, "abcdef", 2.0 / 3))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=2))
print("{!r} {!s} {!r}".format("q", "q", 1.0))
print("{{literal}} {}".format("x"))
print("{:=+8d}|{:=8d}|".format(42, -42))
print("{:,.2f} {:08.3f} {:+.0f}".format(1234567.891, -3.14159, 2.5))
print("{:c}".format(97), "{:d}".format(True), "{}".format(None))
print(format(3.5, ".3f"), format(10, "b"), format("x", ">3"), format(12345, ","))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{x}".format(y=1))
except KeyError as e:
    print("KeyError:", e)
try:
    print("{:d}".format("a"))
except ValueError as e:
    print("ValueError:", e)
