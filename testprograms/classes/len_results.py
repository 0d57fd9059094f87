# What __len__ may return: ints in range; negative, huge, and non-int results are errors.
class Len:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in (0, 3, True, -1, -2**63, 2**63, 2**63 - 1, 2**40, 2**100, 1.5, "3", None):
    try:
        print(repr(n), len(Len(n)), bool(Len(n)))
    except Exception as e:
        print(repr(n), type(e).__name__, e)
