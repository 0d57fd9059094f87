# json.dumps and json.dump: the errors (unserializable values, keys, NaN, circular references,
# deep nesting) and default (a function, a JSONEncoder subclass), and what dump has written
# before an error.
import io
import json
import sys


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


show(json.dumps, object())
show(json.dumps, {1, 2})
show(json.dumps, [1, b"bytes"])
show(json.dumps, {"a": range(3)})
show(json.dumps, {(1, 2): 3})
show(json.dumps, {frozenset(): 3})
show(json.dumps, {b"k": 3})
show(json.dumps, float("nan"), allow_nan=False)
show(json.dumps, [1, float("inf")], allow_nan=False)
show(json.dumps, {float("-inf"): 1}, allow_nan=False)
show(json.dumps, {1: 1, "a": 2}, sort_keys=True)
show(json.dumps, {"a": 1, None: 2}, sort_keys=True)
show(json.dumps, [1], indent=2.5)
show(json.dumps, [1], separators=(",",))
show(json.dumps, [1], bogus=True)


def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex_like):
        return {"re": o.re, "im": o.im}
    raise TypeError("no way: " + type(o).__name__)


class complex_like:
    def __init__(self, re, im):
        self.re = re
        self.im = im


print(json.dumps({"s": {3, 1, 2}, "c": complex_like(1, 2.5)}, default=default))
show(json.dumps, [object()], default=default)
show(json.dumps, {1, 2}, default=lambda o: o)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return {"set": sorted(o)}
        return super().default(o)


print(json.dumps([{1, 2}, frozenset([3])], cls=SetEncoder))
print(SetEncoder(indent=1).encode({"x": {5}}))
show(json.dumps, [bytes(2)], cls=SetEncoder)

a = []
a.append(a)
show(json.dumps, a)
d = {}
d["self"] = d
show(json.dumps, d)
show(json.dumps, [d], indent=2)
b = [1]
show(json.dumps, [b, b, {"x": b}])


class Loop:
    pass


show(json.dumps, Loop(), default=lambda o: [o])
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError")
deep = []
for i in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError deep")
deep = {}
for i in range(5000):
    deep = {"k": deep}
try:
    json.dumps(deep, indent=1)
except RecursionError as e:
    print("RecursionError deep dict")
sys.setrecursionlimit(5000)
x = []
for i in range(10):
    x = [x, {"a": x}]
print(len(json.dumps(x)))


def dump(obj, **kwargs):
    f = io.StringIO()
    try:
        json.dump(obj, f, **kwargs)
        print("ok", repr(f.getvalue()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, repr(f.getvalue()))


dump({"a": 1, "b": [1, 2]})
dump({"a": 1, "b": object()})
dump([1, 2, object()])
dump([1, float("nan")], allow_nan=False)
dump([1, [float("nan")]], allow_nan=False)
dump({"a": 1, (1,): 2})
dump({"k": [1, {"j": float("inf")}]}, allow_nan=False, indent=2)
dump([float("nan")], allow_nan=False, indent=2)
dump(a)
dump({"x": [1, 2]}, indent=2, sort_keys=True)
sys.setrecursionlimit(1000)
x = []
for i in range(2000):
    x = [x]
d = {}
for i in range(2000):
    d = {"a": d}
for f in [lambda: json.dumps(x), lambda: json.dumps(x, indent=1), lambda: json.dump(x, io.StringIO()),
          lambda: json.dumps(d, indent=1), lambda: json.dumps(d, sort_keys=True), lambda: json.dump(d, io.StringIO())]:
    try:
        f()
    except RecursionError as e:
        print(e)
