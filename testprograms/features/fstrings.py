x = 42; name = "pyvm"; pi = 3.14159
print(f"{x}", f"{x!r}", f"{name!r}", f"{x:>6}", f"{pi:.2f}", f"{x:#x}", f"{x:08b}")
print(f"{x + 1} {x * 2=}")
print(f"{name=}", f"{pi=:.1f}")
print(f"{'nested'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
w = 10; p = 3
print(f"{pi:{w}.{p}f}|")
print(f"{{literal}}", f"a{{b}}c{x}")
d = {"k": "v"}
print(f"{d['k']}", f"{len(d)}")
print(f"{x if x > 0 else -x}")
print(f"{'a' 'b'}", f"{3.0:g}", f"{1e100:g}", f"{0.1+0.2}")
print(f"{-0.0}", f"{float('inf')}", f"{float('nan')}")
print(f"{1234567.891:,.2f}", f"{-5:+}", f"{5: }")
print(f"{'x':*<5}{'y':*>5}")
class C:
    def __format__(self, spec):
        return "C(" + spec + ")"
    def __repr__(self):
        return "Crepr"
    def __str__(self):
        return "Cstr"
print(f"{C()}", f"{C():abc}", f"{C()!r}", f"{C()!s}")
print(format(C(), "zz"), "{:q}".format(C()))
