# itertools: classes deriving from the iterator types (those CPython allows), reprs and cycles of them
import gc
import itertools as I

class C(I.chain):
    def extra(self):
        return 'extra'
c = C([1, 2], 'ab')
print(type(c).__name__, list(c), c.extra(), isinstance(c, I.chain), type(c).__mro__[1])
print(type(C.from_iterable(['ab'])).__name__, list(C.from_iterable(['ab', 'c'])))
class Cnt(I.count):
    def __next__(self):
        return 2 * super().__next__()
k = Cnt(5)
print(next(k), next(k), repr(k), list(I.islice(k, 3)))
class G(I.groupby):
    pass
print([(k, list(g)) for k, g in G('aab')])
class R(I.repeat):
    def __init__(self, obj, n):
        self.obj = obj
r = R('x', 2)
print(list(r), r.obj, r.__length_hint__(), repr(r))
class P(I.product):
    pass
print(list(P('ab', repeat=2)), repr(P()).startswith('<__main__.P object at'))
class Z(I.zip_longest):
    def __next__(self):
        return super().__next__()[::-1]
print(list(Z('ab', 'x')), [t for t in Z([1], fillvalue=0)])
for base in (I._tee, I._grouper, I._tee_dataobject):
    try:
        class X(base):
            pass
    except TypeError as e:
        print('TypeError:', str(e).replace('itertools.', ''))
print(gc.collect())
class Node(I.cycle):
    pass
l = []
x = Node(l)
l.append(x)
x.me = x
del l, x
print(gc.collect())
