print(print, len, abs, int, type, object, str, BaseException, KeyError)
print(str.upper, list.append, dict.get, str.join, int.bit_length)
print(repr(range), repr(zip), repr(map), repr(enumerate), repr(reversed), repr(filter))
print(type(iter([])), type(iter(())), type(iter({})), type(iter(set())), type(iter(range(1))))
print(type({}.keys()), type({}.values()), type({}.items()), type(zip()), type(map(str, [])), type(x for x in []))
print(type(lambda: 0), type(print), type([].append), type(property()), type(staticmethod(len)))
import sys, math
print(type(sys.stdout).__name__, math.pi.__class__ if False else "", type(math), repr(math.sqrt))
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
print(type(C.m).__name__, type(C().m).__name__, type(C.s).__name__, type(C.c).__name__, type(C.__dict__["s"]).__name__)
print(True + 0.5, "ab" * True, [1, 2][True], {True: "t", 1: "one"}, 5 // True, divmod(True, True))
for bad in [lambda: sorted([1, None]), lambda: max("a", 1), lambda: sum(["a", "b"], ""), lambda: [] < 1, lambda: {} + {}]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print([].sort(), [3, 1].reverse(), {}.clear(), print("inner"))
