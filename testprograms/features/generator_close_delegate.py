def leaf():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("leaf failed to close")
def middle():
    try:
        yield from leaf()
    except ValueError as e:
        print("middle got", repr(e))
        yield "middle recovered"
g = middle(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g2 = middle(); next(g2)
print(g2.throw(GeneratorExit))
class Closer:
    def __iter__(self): return self
    def __next__(self): return 5
    def close(self): raise KeyError("close failed")
def outer():
    try:
        yield from Closer()
    except KeyError as e:
        print("outer saw", repr(e))
o = outer(); next(o); o.close(); print("closed o")
