# json.dumps: every JSON type, float repr, keys converted, indent, separators, sort_keys,
# skipkeys, ensure_ascii, allow_nan, subclasses of the built-in types.
import json
from enum import IntEnum

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-17))
print(json.dumps(10 ** 30), json.dumps(-(2 ** 70)))
for x in [0.0, -0.0, 1.5, 0.1, 1e16, 1.0e-7, 123456789.123, 1e22, 2.5e-310, 1 / 3]:
    print(json.dumps(x), end=" ")
print()
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps("plain"), json.dumps(""), json.dumps('q"uo\\te/'))
print(json.dumps("\b\f\n\r\t\x00\x1f\x7f"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600 \ud800"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600 \x7f\x01", ensure_ascii=False))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps({"a": {}}))
print(json.dumps((1, "two", [3.0, (4,)])))
print(json.dumps({"b": 1, "a": 2, "c": [1, 2]}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({1: "int", 2.5: "float", True: "true", False: "false", None: "null"}))
print(json.dumps({-3: 0, 10 ** 20: 1, 1e300: 2, float("inf"): 3, float("nan"): 4}))
print(json.dumps({(1, 2): "t", "k": 1, object: 2}, skipkeys=True))
print(json.dumps({(1, 2): "t"}, skipkeys=True), json.dumps([{(1,): 1, "a": 2}], skipkeys=True))
print(json.dumps([1, 2, {"a": 3}], separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, separators=(" ; ", " = ")))
print(json.dumps({"a": [1, {"b": None}], "c": [], "d": {}}, indent=2))
print(json.dumps([1, [2, [3]]], indent="--"))
print(json.dumps({"a": [1, 2]}, indent=0))
print(json.dumps({"a": [1, 2]}, indent=-1))
print(json.dumps([1, {"a": 2}], indent=3, separators=(" ,", " : ")))
print(json.dumps({"x": 1, "y": [True]}, indent="\t", sort_keys=True))
print(json.dumps("\u00e9", ensure_ascii=False), json.dumps({"\u00e9": "\u00e8"}, ensure_ascii=False))


class Color(IntEnum):
    RED = 1
    GREEN = 2


class MyInt(int):
    def __repr__(self):
        return "MyInt!"

    def __str__(self):
        return "MyInt?"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    def __str__(self):
        return "other"


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([Color.RED, MyInt(7), MyFloat(2.5), MyStr("s"), MyList([1, 2]), MyDict(a=1)]))
print(json.dumps({Color.GREEN: 1, MyInt(3): 2, MyFloat(0.5): 3, MyStr("k"): 4}))
print(json.dumps(MyDict(b=2, a=1), sort_keys=True), json.dumps(MyList()))
d = {"k%d" % i: i for i in range(5)}
print(json.dumps(d, sort_keys=True, indent=1, separators=(",", ":")))
print(json.dumps({"a": "b"}, allow_nan=False), json.dumps([1.5], allow_nan=False))
print(json.dumps("\u2028\u2029", ensure_ascii=True), json.dumps("x" * 3))
print(json.JSONEncoder().encode({"a": [1]}), json.JSONEncoder(indent=1).encode([1]))
print(list(json.JSONEncoder().iterencode([1, "a"])), json.JSONEncoder().iterencode("s", True))
e = json.JSONEncoder(sort_keys=True, separators=(",", "="))
print(e.item_separator, e.key_separator, e.sort_keys, e.indent, e.encode({"b": 1, "a": 2}))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator, json.JSONEncoder(indent=2).item_separator)
print(json.encoder.encode_basestring("a\"\u00e9"), json.encoder.encode_basestring_ascii("a\"\u00e9"))
