# pprint: pprint/pformat/pp, width, indent, depth, compact, sort_dicts, underscore_numbers, long strs,
# recursion, dataclasses, saferepr/isreadable/isrecursive, PrettyPrinter and its errors
import io
import pprint
from dataclasses import dataclass, field

data = {"name": "pyvm", "versions": [3, 11, 7], "modules": {"json": {"encoder": True, "scanner": True},
        "pprint": {"width": 80}}, "numbers": list(range(30)), "nested": [[1, 2, [3, 4, [5, 6]]], (7, 8)]}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, width=60, compact=True)
pprint.pp({"b": 1, "a": 2, "c": [3, 2, 1]}, width=10)
pprint.pprint({"b": 1, "a": 2, "c": [3, 2, 1]}, width=10)
pprint.pprint(10 ** 20, underscore_numbers=True)
pprint.pprint([123456789, 2 ** 40], underscore_numbers=True, width=10)

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore " * 2
pprint.pprint(text)
pprint.pprint({"text": text, "short": "s"}, width=50)
pprint.pprint("first line\nsecond line that is rather longer than the others\nthird", width=30)
pprint.pprint(("single",), width=5)
pprint.pprint(((1, 2), (3,)), width=5)
pprint.pprint({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28}, width=30)
pprint.pprint(frozenset(range(20)), width=20)
pprint.pprint([set(), frozenset(), {}, [], (), ""], width=3)

loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(pprint.isrecursive(loop), pprint.isreadable(loop), pprint.isrecursive(d), pprint.isreadable([1, "a"]),
      pprint.isreadable(object()), pprint.saferepr([1, {2: "x"}]))
print(pprint.saferepr(loop).startswith("[1, 2, <Recursion on list with id="))
print(pprint.pformat(d).startswith("{'self': <Recursion on dict with id="))
loop.clear()
d.clear()


@dataclass
class Point:
    x: int
    y: int
    label: str = field(default="", repr=False)


@dataclass
class Shape:
    name: str
    points: list
    meta: dict = field(default_factory=dict)


shape = Shape("polygon with a long name", [Point(i, i * i) for i in range(6)], {"closed": True, "color": "red"})
pprint.pprint(shape)
pprint.pprint(shape, width=40)
pprint.pprint([Point(1, 2)], width=5)

out = io.StringIO()
printer = pprint.PrettyPrinter(indent=2, width=30, stream=out)
printer.pprint(data["modules"])
print(out.getvalue(), end="")
print(printer.pformat([1, 2]), printer.isreadable([1]), printer.isrecursive([1]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
print(repr(pprint.pformat([], width=1)), repr(pprint.pformat("")))
