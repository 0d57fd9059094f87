# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__ via __getitem__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 1] = "x"
g[1, 2] = "y"
print(len(g), g[0, 1], g[1, 1], "x" in g, "z" in g)
del g[0, 1]
print(g[0, 1], "x" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print("item", v)
class Sliceable:
    def __getitem__(self, k):
        return k
s = Sliceable()
print(s[1], s[1:3], s[::2], s[1, 2], s["k"])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
