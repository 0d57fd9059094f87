def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
class BoolNone:
    def __bool__(self): return None
class LenFloat:
    def __len__(self): return 1.5
class LenBig:
    def __len__(self): return 2 ** 70
class IterInt:
    def __iter__(self): return 5
class ReprInt:
    def __repr__(self): return 5
class StrInt:
    def __str__(self): return 5
class IndexStr:
    def __index__(self): return "x"
class IntFloat:
    def __int__(self): return 1.5
class FloatStr:
    def __float__(self): return "x"
class HashStr:
    def __hash__(self): return "h"
class HashNone:
    __hash__ = None
class NeNone:
    def __eq__(self, o): return NotImplemented
class GetitemOnly:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
attempt("bool", lambda: bool(BoolNone()))
attempt("if", lambda: 1 if BoolNone() else 0)
attempt("len float", lambda: len(LenFloat()))
attempt("len big", lambda: len(LenBig()))
attempt("iter int", lambda: iter(IterInt()))
attempt("for int", lambda: [x for x in IterInt()])
attempt("repr int", lambda: repr(ReprInt()))
attempt("str int", lambda: str(StrInt()))
attempt("print str int", lambda: "%s" % StrInt())
attempt("index str", lambda: [1, 2][IndexStr()])
attempt("int float", lambda: int(IntFloat()))
attempt("float str", lambda: float(FloatStr()))
attempt("hash str", lambda: hash(HashStr()))
attempt("hash none", lambda: hash(HashNone()))
attempt("set none", lambda: {HashNone()})
a = NeNone()
attempt("eq identity", lambda: (a == a, a == NeNone(), a != a, a != NeNone()))
attempt("getitem iter", lambda: (list(GetitemOnly()), 2 in GetitemOnly(), 5 in GetitemOnly()))
attempt("unpack getitem", lambda: tuple(reversed(list(GetitemOnly()))))
x, y, z = GetitemOnly(); print(x, y, z)
attempt("gen eager", lambda: (x for x in 1))
attempt("gen lazy", lambda: type(1 / 0 for x in []).__name__)
attempt("list none", lambda: list(None))
attempt("call kw", lambda: len(obj=[1]))
attempt("sorted key", lambda: sorted([1, 2], key=1))
attempt("map none", lambda: list(map(None, [1])))
attempt("int base float", lambda: int("10", 2.0))
attempt("int base no str", lambda: int(10, 2))
attempt("chr float", lambda: chr(65.0))
attempt("round str", lambda: round(1.5, "1"))
attempt("divmod str", lambda: divmod("a", 1))
