# json: subclasses of list and dict (their __iter__, items(), __len__) in the C and the Python
# encoder's ways, ints past the digit limit, astral characters and surrogates, bytes input,
# separators and indents of every kind, the module's names, argument errors.
import enum
import io
import json

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)



class L(list):
    def __iter__(self):
        return iter([9, 8])


class D(dict):
    def items(self):
        return [("z", 1), ("y", 2)]


class E(list):
    def __len__(self):
        return 0
show(json.dumps, L([1, 2]))
show(json.dumps, L([1, 2]), indent=1)
show(json.dumps, D(a=1))
show(json.dumps, D(a=1), indent=1)
show(json.dumps, D(a=1), sort_keys=True)
show(json.dumps, E([1]), indent=1)
show(json.dumps, E([1]))
show(json.dumps, 10 ** 5000)
show(json.dumps, {10 ** 5000: 1})
show(json.dumps, [1], indent=True)
show(json.dumps, {"a": 1}, indent=2, separators=(",", ": "))
show(json.dumps, [[1, 2], {"a": []}], indent=4)
show(json.loads, "[1.5e]")
show(json.loads, "1" * 300 + ".5")
show(json.loads, "-" + "9" * 30)
show(json.loads, '"\\u0000"')
show(json.loads, '{"a": 1, "b": [1, 2, {"c": null}]}', object_pairs_hook=lambda p: dict(reversed(p)))
show(json.loads, '[1, 2]', parse_int=float)
show(json.loads, '["\\uD834\\uDD1E"]')
show(json.loads, '"\\uDD1E\\uD834"')
show(json.dumps, "\U0001d11e")
show(json.dumps, "\U0001d11e", ensure_ascii=False)
show(json.dumps, {"a": float("nan")}, indent=1, allow_nan=False)
show(json.dumps, [float("-inf")], indent=1, allow_nan=False)
show(json.dumps, [True, False, None], separators=("", ""))
show(json.dumps, {"k": {"k": {"k": {}}}}, indent="")
show(json.dumps, (), indent=2)
show(json.dumps, [()], indent=2)
show(json.dumps, 5, indent=2)
show(json.dumps, "x", indent=2)
show(json.dumps, {"b": 1}, default=str, skipkeys=True, sort_keys=True, indent=None)
show(json.dumps, [object], default=lambda o: o.__name__)
print(json.JSONEncoder().default is not None, hasattr(json.JSONEncoder(default=str), "default"))
show(json.JSONEncoder().default, 1)
show(json.loads, '{"__proto__": 1}')
show(json.loads, '[1,2,3]', object_hook=lambda d: 1/0)
show(json.loads, '{"a":1}', parse_constant=None, cls=None)
show(json.loads, '1', strict=True)
show(json.loads, '[1]', bogus=1)
show(json.load, io.StringIO('{"a": [1, 2]}'))
show(json.loads, '"\t"')
show(json.loads, '"\x7f\x80"')
show(json.dumps, "\x7f\x80")
show(json.dumps, "\x7f\x80", ensure_ascii=False)
show(json.dumps, {"a": b"x"}, default=lambda o: o.decode())
show(json.loads, bytes([0xff, 0xfe, 0x31, 0x00]))
show(json.loads, b'"\xff"')
show(json.loads, b'')
show(json.loads, b'\x00')
print(sorted(json.__all__), json.__version__)
print(json.JSONDecoder, json.JSONEncoder, json.JSONDecodeError)
dec = json.JSONDecoder()
show(dec.raw_decode, '[1]', 1.5)
show(dec.scan_once, b'[1]', 0)
show(json.decoder.scanstring, '"x"', -1)
show(json.decoder.scanstring, 'x', 1)
show(json.decoder.scanstring, 5, 1)
show(json.encoder.encode_basestring, 5)
show(json.dumps, {"a": 1}, cls=json.JSONEncoder, indent=1)




class C(enum.Enum):
    A = 1
show(json.dumps, C.A)
show(json.dumps, {C.A: 1})
show(json.dumps, [1, 2], separators=(1, 2))
show(json.dumps, [1, 2], separators=(",", 2))
show(json.dumps, {"a": 1}, separators=(",", 2))
show(json.dumps, [1, 2], indent=[1])
show(json.dumps, [1, 2], default=5)
show(json.dumps, [object()], default=5)
show(json.loads, "[1]", parse_int=5)
show(json.loads, "[1]", object_hook=5)
show(json.loads, "{}", object_hook=5)
show(json.loads, "{}", object_pairs_hook=5)
show(json.loads, "[NaN]", parse_constant=5)
show(json.JSONDecoder().raw_decode, "[1]", "0")
show(json.JSONDecoder().raw_decode, "[1]", 10**30)
show(json.decoder.scanstring, '"a"', 1, 5)
