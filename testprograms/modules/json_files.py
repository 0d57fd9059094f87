# json.dump and json.load with files and io.StringIO, the chunks of iterencode, round trips of
# random nested data through dumps/loads with every option, and JSONEncoder/JSONDecoder
# subclasses given as cls.
import io
import json
import os
import random

data = {"name": "pyvm", "list": [1, 2.5, None, True, "\u00e9"], "nested": {"a": {"b": [[], {}]}}}
with open("_scratch_json_files.json", "w") as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open("_scratch_json_files.json") as f:
    text = f.read()
print(text)
with open("_scratch_json_files.json") as f:
    print(json.load(f) == data)
with open("_scratch_json_files.json", "rb") as f:
    print(json.load(f)["list"])
os.remove("_scratch_json_files.json")

buf = io.StringIO()
json.dump([1, {"x": "y"}], buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf, object_pairs_hook=list))


class Recorder:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


r = Recorder()
json.dump({"a": [1, "two", [3]], "b": {}, "c": 4.5}, r)
print(r.chunks)
r = Recorder()
json.dump([{"k": None}, [], True], r, indent=1)
print(r.chunks)
print(list(json.JSONEncoder(sort_keys=True).iterencode({"b": [1.5, "s"], "a": None})))
print(list(json.JSONEncoder().iterencode("str")), list(json.JSONEncoder().iterencode(5)))
print(list(json.JSONEncoder(separators=("", ":")).iterencode({"a": 1, "b": 2})))

random.seed(11)
WORDS = ["alpha", "\u00e9t\u00e9", "tab\t", 'quo"te', "back\\", "\U0001f600", "", "x" * 20]


def value(depth):
    r = random.random()
    if depth == 0 or r < 0.3:
        k = random.randrange(6)
        if k == 0:
            return random.randrange(-10 ** 6, 10 ** 6)
        if k == 1:
            return random.choice(WORDS)
        if k == 2:
            return random.random() * 10 ** random.randrange(-5, 20)
        if k == 3:
            return random.choice([True, False, None])
        if k == 4:
            return 10 ** random.randrange(15, 40) + random.randrange(100)
        return -random.random()
    if r < 0.65:
        return [value(depth - 1) for _ in range(random.randrange(5))]
    return {random.choice(WORDS) + str(random.randrange(50)): value(depth - 1) for _ in range(random.randrange(5))}


total = 0
for i in range(60):
    v = value(4)
    opts = [{}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")},
            {"indent": "\t", "sort_keys": True, "ensure_ascii": False}]
    for o in opts:
        s = json.dumps(v, **o)
        if json.loads(s) != v:
            print("round trip differs", i, o)
        total += len(s)
    if i < 3:
        print(json.dumps(v, sort_keys=True))
print(total)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return json.JSONEncoder.default(self, o)


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.point, **kw)

    def point(self, d):
        if "__point__" in d:
            return Point(*d["__point__"])
        return d


s = json.dumps({"points": [Point(1, 2), Point(3.5, -4)]}, cls=PointEncoder)
print(s)
print(json.loads(s, cls=PointDecoder))
buf = io.StringIO()
json.dump([Point(0, 0)], buf, cls=PointEncoder, indent=1)
buf.seek(0)
print(json.load(buf, cls=PointDecoder))
