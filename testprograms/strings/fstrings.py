# f-strings: expressions, conversions, format specs, nested specs, debugging '='.
name = "Ada"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2:5d} {n:08b} {n:#x} {n:o}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e} {pi:g}")
print(f"{name!r} {name!s} {name:>6} {name:*<6} {name:^7}|")
print(f"{items} {items[0]} {len(items)} {sum(items) / len(items):.3f}")
print(f"{'nested quotes'} {{braces}} {{{n}}}")
w, p = 12, 3
print(f"{pi:{w}.{p}f}|")
print(f"{n=} {pi=:.2f} {name=!r}")
print(f"{'a' if n > 10 else 'b'} {[x * 2 for x in items]}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{1_000_000:,} {0.5:.0%} {-7:+d} {7:+d}")
print(f"multi" f"part {n}" "plain")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return "P<" + spec + ">"
p = P()
print(f"{p} {p!r} {p!s} {p:spec}")
print(f"{3.0} {1e100} {1/3}")
