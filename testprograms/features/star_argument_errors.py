def g(*a, **k): return a, k
class A:
    def m(self, *a, **k): pass
for f in [lambda: g(**{1: 2}), lambda: g(*5), lambda: g(1, *5), lambda: [*5], lambda: (*None,), lambda: {*1}, lambda: print(*5), lambda: A().m(*5), lambda: A(*5), lambda: g(**5), lambda: A().m(**5), lambda: len(**5), lambda: g(**{"a": 1}, **{"a": 2}), lambda: [].append(*1), lambda: g(*(x for x in 1))]:
    try: print(f())
    except TypeError as e: print("TypeError:", e)
def bad():
    yield 1
    raise TypeError("inner")
try: g(*bad())
except TypeError as e: print("TypeError:", e)
try: [*bad()]
except TypeError as e: print("TypeError:", e)
