# enum.Flag and IntFlag: auto() powers of two, |, &, ^ and ~, membership, iteration over the
# flags of a value, pseudo-members for combinations, repr and str, and an invalid value.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw is Perm.RW, list(rw), len(rw), bool(rw), bool(Perm(0)))
print(repr(Perm(0)), repr(~Perm.R), Perm.R in rw, Perm.X in rw, rw & Perm.W, rw ^ Perm.R)
print(list(Perm), [p.value for p in Perm], Perm(7), repr(Perm(5)))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


ab = Bits.A | Bits.B
print(repr(ab), str(ab), f"{ab:03d}", ab == 3, ab + 1, Bits(8), repr(Bits(9)), Bits.A | 8)
print(repr(Bits.C & 5), isinstance(ab, int), sorted(Bits), list(Bits(7)))
