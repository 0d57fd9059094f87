# Benchmark: a JSON-like encoder and decoder written in Python (recursion over nested
# dicts and lists, isinstance dispatch, string escapes, building strings with join,
# scanning text by index).
import sys
import time


class Rng:
    """A linear congruential generator, so that the documents are the same everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


WORDS = ["alpha", "beta", "gamma", "delta", "quote\"d", "back\\slash", "tab\there",
         "line\nbreak", "caf\u00e9", "x"]


def gen_value(rng, depth):
    r = rng.next(10)
    if depth == 0 or r < 3:
        k = rng.next(6)
        if k == 0:
            return rng.next(100000) - 50000
        if k == 1:
            return WORDS[rng.next(len(WORDS))]
        if k == 2:
            return rng.next(2) == 0
        if k == 3:
            return None
        return WORDS[rng.next(len(WORDS))] + str(rng.next(100))
    if r < 6:
        return [gen_value(rng, depth - 1) for _ in range(rng.next(5) + 1)]
    d = {}
    for _ in range(rng.next(5) + 1):
        d[WORDS[rng.next(len(WORDS))] + str(rng.next(10))] = gen_value(rng, depth - 1)
    return d


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def encode_string(s, out):
    out.append('"')
    for c in s:
        e = ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif ord(c) > 126:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    out.append('"')


def encode(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, str):
        encode_string(value, out)
    elif isinstance(value, list):
        out.append("[")
        first = True
        for item in value:
            if not first:
                out.append(", ")
            first = False
            encode(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key in value:
            if not first:
                out.append(", ")
            first = False
            encode_string(key, out)
            out.append(": ")
            encode(value[key], out)
        out.append("}")
    else:
        raise TypeError("cannot encode %r" % (value,))


def dumps(value):
    out = []
    encode(value, out)
    return "".join(out)


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \n\t":
            self.pos += 1

    def value(self):
        self.skip()
        c = self.text[self.pos]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.array()
        if c == '"':
            return self.string()
        if c == "-" or c.isdigit():
            return self.number()
        for word, v in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return v
        raise ValueError("unexpected %r at %d" % (c, self.pos))

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        return int(self.text[start:self.pos])

    def string(self):
        self.pos += 1
        parts = []
        text = self.text
        while True:
            c = text[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(parts)
            if c == "\\":
                e = text[self.pos + 1]
                if e == "u":
                    parts.append(chr(int(text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                parts.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[e])
                self.pos += 2
                continue
            parts.append(c)
            self.pos += 1

    def array(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            c = self.text[self.pos]
            self.pos += 1
            if c == "]":
                return items
            if c != ",":
                raise ValueError("expected , or ] at %d" % self.pos)

    def obj(self):
        self.pos += 1
        d = {}
        while True:
            self.skip()
            if self.text[self.pos] == "}":
                self.pos += 1
                return d
            key = self.string()
            self.skip()
            if self.text[self.pos] != ":":
                raise ValueError("expected : at %d" % self.pos)
            self.pos += 1
            d[key] = self.value()
            self.skip()
            if self.text[self.pos] == ",":
                self.pos += 1


def loads(text):
    return Decoder(text).value()


def run(count):
    rng = Rng(7)
    chars = 0
    equal = 0
    checksum = 0
    for _ in range(count):
        doc = gen_value(rng, 5)
        text = dumps(doc)
        back = loads(text)
        if back == doc and dumps(back) == text:
            equal += 1
        chars += len(text)
        for c in text[::7]:
            checksum = (checksum * 33 + ord(c)) % 1000000007
    return count, chars, equal, checksum


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(250)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
