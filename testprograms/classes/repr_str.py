# __repr__ and __str__: which one print/str/repr/format/containers use.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b})
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r} {r}")
print(repr(s).startswith("<__main__.StrOnly object at "))
class Pretty:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return "Pretty(%r)" % (self.items,)
print(Pretty([1, "a", Pretty(())]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
print(str(Both), repr(int), str(type(b)))
class Sub(Both):
    def __str__(self):
        return "Sub<str> via " + super().__str__()
print(Sub(), repr(Sub()))
