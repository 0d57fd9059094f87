# csv: reader/writer over files and StringIO, DictReader/DictWriter, dialects, QUOTE_* modes, errors
import csv
import io
import os

name = "_scratch_csv_basics.csv"
with open(name, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "qty", "price", "note"])
    w.writerows([["apple", 3, 0.5, "red, round"], ["pear", 10, 1.25, 'says "hi"'], ["fig", 0, 2.0, "multi\nline"]])
with open(name, newline="") as f:
    print(repr(f.read()))
with open(name, newline="") as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open(name, newline="") as f:
    total = 0.0
    for rec in csv.DictReader(f):
        total += int(rec["qty"]) * float(rec["price"])
        print(rec)
    print("total", total)
os.remove(name)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "label", "extra"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "label": "one"})
dw.writerows([{"id": 2, "label": "two", "extra": "x"}, {"label": "three"}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError", e)
print(csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="drop")
except ValueError as e:
    print("ValueError", e)

rows = list(csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n\n6,7\n"), restkey="more", restval="none"))
print(rows)
dr = csv.DictReader(io.StringIO("x;y\n1;2\n"), delimiter=";")
print(dr.fieldnames, list(dr), dr.line_num)
print(list(csv.DictReader(io.StringIO("1,2\n"), fieldnames=["p", "q"])))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter, csv.get_dialect("excel").lineterminator == "\r\n")
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a", 1, None, 2.5])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()), "pipes")))
csv.unregister_dialect("pipes")


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
csv.writer(out, Semi).writerow(["it's", "a; b", "plain"])
print(repr(out.getvalue()), list(csv.reader(io.StringIO("a; 'b;c'; d\n"), Semi)))
for mode in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    csv.writer(out, quoting=mode).writerow(["text", 1, 2.5, True, None, ""])
    print(mode, repr(out.getvalue()))
print(list(csv.reader(io.StringIO('"a",1,2.5\n'), quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a,b", "c,d"])), list(csv.reader([""])), list(csv.reader(["\r\n", "x"])))
out = io.StringIO()
csv.writer(out).writerow([""])
csv.writer(out).writerow([])
print(repr(out.getvalue()))

for call in [lambda: csv.get_dialect("nope"), lambda: csv.unregister_dialect("nope"),
             lambda: csv.writer(io.StringIO(), delimiter="ab"), lambda: csv.writer(io.StringIO(), quotechar=None).dialect.quoting,
             lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL),
             lambda: csv.writer(io.StringIO(), quoting=9), lambda: csv.writer(io.StringIO(), bogus=1),
             lambda: csv.writer(object()), lambda: csv.writer(io.StringIO()).writerow(5),
             lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
             lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
             lambda: list(csv.reader(['a"b,"c'], strict=True)), lambda: list(csv.reader(['"abc'], strict=True)),
             lambda: list(csv.reader(["a\0b"])), lambda: list(csv.reader([b"bytes"])),
             lambda: list(csv.reader(['"a"x'], strict=True)), lambda: list(csv.reader(["a\rb"])),
             lambda: list(csv.reader(['x'], quoting=csv.QUOTE_NONNUMERIC)), lambda: csv.field_size_limit(1, 2),
             lambda: csv.field_size_limit("x"), lambda: csv.register_dialect(1)]:
    try:
        print(call())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
old = csv.field_size_limit(10)
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("Error", e)
print(old, csv.field_size_limit(old), csv.field_size_limit())
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))
