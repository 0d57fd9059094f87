# Constructor-style builtins: str, int, float, bool, list, tuple, dict, set, repr, hash, len.
print(str(5), str(-2.5), str([1, "a"]), str({"k": (1,)}), str(None), str(True))
print(int(), float(), bool(), str(), list(), tuple(), dict(), set())
print(bool(0), bool(0.0), bool(""), bool("0"), bool([]), bool([[]]), bool(None))
print(list((1, 2)), list({"a": 1}), list(range(2)), tuple([1]), set([1, 1, 2]), dict([("a", 1)]))
print(float("3.5"), float(" -2 "), float("1e3"), int(" -17 "), int(2.9), int(-2.9))
print(repr(5), repr("s"), repr([1, "s"]), repr(None), repr(1.0), repr((1,)))
print(len("abc"), len([1, 2]), len({}), len(range(10)), len({1, 2}), len((1,)))
print(hash(1) == hash(1.0) == hash(True), hash(None) == hash(None), hash("a") == hash("a"))
print(hash(0), hash(1), hash(-2), hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)), hash(()) == hash(()))
for bad in (lambda: int("1.5"), lambda: float("abc"), lambda: len(5), lambda: hash([]), lambda: dict([1])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
