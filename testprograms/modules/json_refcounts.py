# json and reference counts: what dumps and loads hold after they return (nothing, also after
# errors), the keys shared by the decoder's memo, what the hooks receive, gc tracking of the
# decoded containers.
import gc
import json
import sys

gc.collect()
item = ["x" + str(1)]
doc = [item, {"k": item}, (item,)]
before = sys.getrefcount(item)
json.dumps(doc)
json.dumps(doc, indent=2, sort_keys=True)
print(sys.getrefcount(item) - before)


class Thing:
    pass


t = Thing()
before = sys.getrefcount(t)
for kwargs in [{}, {"default": lambda o: [1]}, {"default": lambda o: o}, {"indent": 1}]:
    try:
        json.dumps([t, {"a": t}], **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
gc.collect()  # CPython: a traceback's frames may be in a cycle
print(sys.getrefcount(t) - before)
key = "".join(["ke", "y"])
d = {key: [1, 2], 3: key}
before = sys.getrefcount(key)
json.dumps(d)
json.dumps(d, sort_keys=False, skipkeys=True)
try:
    json.dumps(d, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
gc.collect()
print(sys.getrefcount(key) - before)

docs = json.loads('[{"name": 1, "other": 2}, {"name": 3}, {"name": 4, "other": 5}]')
k0 = list(docs[0])[0]
print(k0, sys.getrefcount(k0), all(list(d)[0] is k0 for d in docs))
k1 = list(docs[0])[1]
print(k1, sys.getrefcount(k1))
del docs

seen = []


def hook(d):
    seen.append(d)
    return len(seen)


r = json.loads('[{"a": {}}, {"b": [{}]}]', object_hook=hook)
print(r, len(seen), [sys.getrefcount(x) for x in seen])
pairs = []
r = json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: pairs.append(p) or len(pairs))
print(r, pairs, [sys.getrefcount(p) for p in pairs])
for text in ['{"a": 1}', '{"a": []}', '{"a": {"b": 1}}', '[]', '[1]', '{}']:
    v = json.loads(text)
    print(text, gc.is_tracked(v))
for text in ['[1, 2, {"a": [3, ', '{"x": [1], "y": {"z": tru}}', '[' * 5000]:
    try:
        json.loads(text)
    except (ValueError, RecursionError) as e:
        print(type(e).__name__)
print(gc.collect())
