# json.loads: CPython's JSONDecodeError messages, positions, lineno and colno, the class's
# attributes; TypeError for other types; deep nesting gives RecursionError.
import json
import sys

bad = [
    '', ' ', '[', ']', '{', '}', '[1,]', '[1,,2]', '[1 2]', '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}',
    '{a: 1}', "{'a': 1}", '{"a":}', '{"a"', '{"a":1', '[1', '"abc', '"abc\\', '"\\x"', '"\\u12"',
    '"\\u12g4"', '"\\ud800\\u12x4"', '"\\u', '"a\x01b"', '"a\nb"', '"a\x1f"', 'nul', 'tru', 'fals',
    'Nan', 'infinity', '-', '-a', '+1', '01', '1.', '.5', '1e', '1e+', '[1] [2]', '1 2', '"a" x',
    '{"a": 1}}', '[1]\n\n  x', 'true false', '[1,\n 2,\n  ]', '{\n"a": 1,\n"b"\n}', '\ufeff[1]',
    '-Infinityx', 'NaNa', '00', '[-]', '{"a": [1, {"b": }]}', '"\\ud83d\\ude0', '[\n\n"\x00"]',
]
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), "no error")
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

try:
    json.loads('{"a": [1, 2,]}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
e = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, e.msg, e.pos, e.lineno, e.colno, e.__reduce__()[1])
print(json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError.__module__, json.decoder.JSONDecodeError is json.JSONDecodeError)
for value in [None, 1, [1], {"a": 1}, 2.5]:
    try:
        json.loads(value)
    except TypeError as e:
        print(type(e).__name__, e)
dec = json.JSONDecoder()
for args in [('[1]', -1), ('[1]', 5), ('x', 0), ('', 0)]:
    try:
        print(dec.raw_decode(*args))
    except (ValueError, json.JSONDecodeError) as e:
        print(type(e).__name__, e)
try:
    dec.scan_once('[1]', 3)
except StopIteration as e:
    print("StopIteration", e.value)
for args in [('"abc', 1), ('"abc"', 9), ('"a\x01"', 1, True)]:
    try:
        print(json.decoder.scanstring(*args))
    except (ValueError, json.JSONDecodeError) as e:
        print(type(e).__name__, e)
try:
    json.loads('[1, "x', object_hook=print)
except json.JSONDecodeError as e:
    print(e)


def failing_hook(d):
    raise KeyError("hook")


try:
    json.loads('{"a": [{}]}', object_hook=failing_hook)
except KeyError as e:
    print("KeyError", e)
try:
    json.loads('[1.5]', parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    json.loads('[NaN]', parse_constant=lambda s: {}[s])
except KeyError as e:
    print("KeyError", e)
try:
    json.loads("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
for doc in ["[" * 100000, "[" * 100000 + "]" * 100000, '{"a":' * 50000 + "1" + "}" * 50000]:
    try:
        json.loads(doc)
    except RecursionError:
        print("RecursionError")
for doc in ["[" * 2000, '{"a":' * 2000, '[{"a": ' * 1000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print(e)
sys.setrecursionlimit(3000)
print(len(json.dumps(json.loads("[" * 2000 + "]" * 2000))))
