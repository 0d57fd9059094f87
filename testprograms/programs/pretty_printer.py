# A JSON-like serializer and pretty printer written by hand, with a tiny parser to round-trip.
def esc(s):
    out = []
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == "\\": out.append("\\\\")
        elif ch == "\n": out.append("\\n")
        elif ord(ch) < 32: out.append("\\u%04x" % ord(ch))
        else: out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(v, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return esc(v)
    if isinstance(v, (list, tuple)):
        if not v: return "[]"
        return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v: return "{}"
        return "{" + sep.join(pad + esc(str(k)) + ": " + dumps(x, indent, level + 1) for k, x in v.items()) + end + "}"
    raise TypeError("cannot serialize " + type(v).__name__)
def loads(s):
    pos = [0]
    def ws():
        while pos[0] < len(s) and s[pos[0]] in " \n\t": pos[0] += 1
    def value():
        ws()
        c = s[pos[0]]
        if c == "{":
            pos[0] += 1; out = {}; ws()
            if s[pos[0]] == "}": pos[0] += 1; return out
            while True:
                ws(); k = value(); ws(); pos[0] += 1
                out[k] = value(); ws()
                pos[0] += 1
                if s[pos[0] - 1] == "}": return out
        if c == "[":
            pos[0] += 1; out = []; ws()
            if s[pos[0]] == "]": pos[0] += 1; return out
            while True:
                out.append(value()); ws(); pos[0] += 1
                if s[pos[0] - 1] == "]": return out
        if c == '"':
            pos[0] += 1; buf = []
            while s[pos[0]] != '"':
                if s[pos[0]] == "\\":
                    pos[0] += 1
                    e = s[pos[0]]
                    if e == "u":
                        buf.append(chr(int(s[pos[0] + 1:pos[0] + 5], 16))); pos[0] += 4
                    else:
                        buf.append({"n": "\n"}.get(e, e))
                else:
                    buf.append(s[pos[0]])
                pos[0] += 1
            pos[0] += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos[0]): pos[0] += len(word); return val
        start = pos[0]
        while pos[0] < len(s) and s[pos[0]] in "-+.0123456789eE": pos[0] += 1
        num = s[start:pos[0]]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()
doc = {"name": "pyvm", "version": [0, 1], "ok": True, "nothing": None, "pi": 3.14159,
       "nested": {"empty_list": [], "empty_dict": {}, "quote": 'say "hi"\n\ttab', "deep": [[1, [2, [3]]]]},
       "big": 2 ** 70, "neg": -1.5e-7}
print(dumps(doc))
print(dumps(doc, indent=2))
back = loads(dumps(doc, indent=4))
print(back == doc, loads("[1, 2.5, \"x\", {\"a\": [true, false, null]}]"))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
