class Idx:
    def __index__(self): return 2
l = [10, 20, 30, 40]
for f in (lambda: l[Idx()], lambda: "abc"[Idx()], lambda: range(10)[Idx()], lambda: l[Idx():], lambda: (1,2,3)[Idx()], lambda: hex(Idx()), lambda: bin(Idx()), lambda: oct(Idx()), lambda: [1] * Idx(), lambda: "ab" * Idx(), lambda: Idx() * (1,), lambda: range(Idx()), lambda: "abcd"[:Idx()], lambda: chr(Idx() ), lambda: [0,1,2,3].pop(Idx()), lambda: "abc".center(Idx()+3) if False else 1):
    try: print(f())
    except TypeError as e: print("TE", e)
l[Idx()] = "set"; print(l); del l[Idx()]; print(l)
