# json.loads: every JSON value, whitespace, escapes and surrogate pairs, numbers, the hooks
# (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant), strict, bytes in
# UTF-8/16/32, JSONDecoder.raw_decode and decode, json.decoder.scanstring.
import json
from collections import OrderedDict

docs = [
    'null', 'true', 'false', '0', '-0', '12', '-345', '1.5', '-0.25', '1e3', '1E-3', '2.5e+2',
    '123456789012345678901234567890', '-1.0e400', '1e-400', '0.1', '[]', '{}', '[1, [2, [3]]]',
    ' \t\n\r [ 1 , 2 ] \n', '{"a": {"b": [true, null]}, "c": "d"}', '"plain"', '""',
    '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u20AC"', '"\\ud83d\\ude00"', '"\\ud800"',
    '"\\udc00\\ud800x"', '"\\ud800\\u0041"', '"caf\u00e9 \U0001f600"', 'NaN', 'Infinity', '-Infinity',
    '[-Infinity, NaN]', '{"": ""}', '{"a": 1, "a": 2}', '  7  ', '1.0', '10E2', '-0.0',
]
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), "->", type(v).__name__, repr(v))

print(json.loads('{"b": 1, "a": [1, 2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p, object_hook=dict))
print(json.loads('[{}, {"x": []}]', object_pairs_hook=tuple))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: "F" + s))
print(json.loads('[1.5, -2, 3e2, 10]', parse_int=lambda s: int(s) * 100))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('[1.25]', parse_float=float), json.loads('[7]', parse_int=int))
print(json.loads('["a\tb\nc"]', strict=False))
print(json.loads(b'{"x": [1, "\xc3\xa9"]}'))
print(json.loads('{"k": "\u00e9"}'.encode("utf-16")), json.loads('[1]'.encode("utf-16-le")))
print(json.loads('[2]'.encode("utf-16-be")), json.loads('[3]'.encode("utf-32")))
print(json.loads('"x"'.encode("utf-32-le")), json.loads('[4]'.encode("utf-32-be")))
print(json.loads(b'\xef\xbb\xbf[5]'), json.loads(b'6'), json.loads(b'78'))
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{'), json.detect_encoding(b'{\x00'))

dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx"s"', 2), dec.raw_decode('{"a": 1}'))
print(dec.decode(' {"a": [1]} '), dec.scan_once('[1]', 0))
print(json.decoder.scanstring('"abc" rest', 1), json.decoder.scanstring('x"\\n\\u0041"', 2))
print(json.decoder.scanstring('"a\x01b"', 1, False))
d = json.JSONDecoder(parse_int=str, strict=False)
print(d.decode('[1, "\x02"]'), d.strict, d.object_hook, d.parse_float is float)
docs = json.loads('[{"key": 1}, {"key": 2}, {"key": 3}]')
k0, k1, k2 = [list(x)[0] for x in docs]
print(k0 is k1, k1 is k2)


class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw["object_hook"] = self.hook
        super().__init__(**kw)

    def hook(self, d):
        return {"wrapped": d}


print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('[1]', cls=MyDecoder, parse_int=lambda s: -int(s)))
big = json.loads("[" + ",".join(str(i) for i in range(1000)) + "]")
print(len(big), sum(big))
nested = json.loads("[" * 200 + "]" * 200)
n = 0
while nested:
    nested = nested[0]
    n += 1
print(n)
s = json.dumps({"list": [1, 2.5, "x", None], "d": {"t": True}})
print(json.loads(s) == {"list": [1, 2.5, "x", None], "d": {"t": True}})
# raw_decode in a loop over one long document, then over others made after it was freed
for i in range(20):
    doc = " ".join(json.dumps({"i": i, "j": [j, "x" * (j % 7)]}) for j in range(300))
    idx, total = 0, 0
    while idx < len(doc):
        obj, idx = dec.raw_decode(doc, idx)
        total += obj["j"][0] + obj["i"]
        if idx < len(doc):
            idx += 1
    if i % 5 == 0:
        print(i, len(doc), total)
    del doc
