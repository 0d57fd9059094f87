# Formatting floats with format specs, %, str(), and the 'g' rules.
vals = [0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 0.000123456, 1e20, 1.23e-10, 100.0]
for v in vals:
    print(f"{v} | {v:.3f} | {v:e} | {v:.2e} | {v:g} | {v:.3g} | {v:10.2f}| {v:<12g}| {v:+.1f}")
for v in vals:
    print("%s %r %.4f %10.3e %g %-8.2g|" % (v, v, v, v, v, v))
print(f"{0.1:.20f}", f"{2/3:.17g}", f"{1e-7:f}", f"{123456789.0:,.2f}")
print(format(1.5, ""), format(1e16, ""), format(1e16, "g"), format(0.0001, ""), format(1e-5, ""))
print(f"{1.0:%}", f"{0.1234:.1%}", f"{-0.0:.1f}", f"{5e-324:g}")
print(f"{12.5:08.2f}", f"{-12.5:08.2f}", f"{12.5:^10.1f}|", f"{1.5:=+10.2f}|")
print(str(1e15), str(1e16), str(123456789012.0), str(0.0001), str(0.00001))
print(f"{3.0:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{1e100:.2e}")
