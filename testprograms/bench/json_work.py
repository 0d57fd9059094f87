# Benchmark: the json module on nested data: dumps (compact, indented with sorted keys, not
# ASCII-escaped) and loads of documents of dicts, lists, strs with escapes, ints and floats.
import json
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
         "line\nbreak", "caf\u00e9", "x", "\u20ac uro", "longer words of a sentence"]


def gen_value(rng, depth):
    r = rng.next(10)
    if depth == 0 or r < 3:
        k = rng.next(7)
        if k == 0:
            return rng.next(100000) - 50000
        if k == 1:
            return WORDS[rng.next(len(WORDS))]
        if k == 2:
            return rng.next(2) == 0
        if k == 3:
            return None
        if k == 4:
            return rng.next(1000000) / 64.0 - 7000.5
        return WORDS[rng.next(len(WORDS))] + str(rng.next(100))
    if r < 6:
        return [gen_value(rng, depth - 1) for _ in range(rng.next(6) + 1)]
    d = {}
    for _ in range(rng.next(6) + 1):
        d[WORDS[rng.next(len(WORDS))] + str(rng.next(10))] = gen_value(rng, depth - 1)
    return d


def run(docs):
    chars = 0
    equal = 0
    checksum = 0
    for doc in docs:
        text = json.dumps(doc)
        back = json.loads(text)
        if back == doc:
            equal += 1
        pretty = json.dumps(back, indent=2, sort_keys=True, ensure_ascii=False)
        again = json.loads(pretty)
        if again == doc:
            equal += 1
        chars += len(text) + len(pretty)
        for c in pretty[::97]:
            checksum = (checksum * 33 + ord(c)) % 1000000007
    return len(docs), chars, equal, checksum


def main(iterations):
    rng = Rng(7)
    docs = [gen_value(rng, 6) for _ in range(40)]
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(docs)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
