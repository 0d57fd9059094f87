# collections.abc: which built-in and collections types are instances of each ABC, the mixin
# methods of Mapping, Sequence and MutableSet over their abstract methods, abstract instantiation.
import collections.abc as cabc
from collections.abc import *
from collections import deque, OrderedDict, Counter, defaultdict, UserDict, UserList, UserString, ChainMap, namedtuple
P = namedtuple("P", "x y")
def gen(): yield 1
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
class MySeq(Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
class MySet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
class H:
    def __hash__(self): return 1
class NH:
    __hash__ = None
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
objs = [1, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3), iter([]), gen(), len, lambda: 0, deque(), OrderedDict(), Counter(), defaultdict(), UserDict(), UserList(), UserString("u"), ChainMap(), P(1, 2), {}.keys(), {}.values(), {}.items(), MyMap({1: 2}), MySeq(), MySet(), H(), NH(), It(), None, 3.5, int, zip(), map(len, []), enumerate([])]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence, MutableSequence, ByteString]
for o in objs:
    print(type(o).__name__, "".join("1" if isinstance(o, a) else "." for a in abcs))
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, len(m.keys()))
s = MySeq()
print(list(s), 2 in s, list(reversed(s)), s.index(3), s.count(1))
ms = MySet([1, 2, 3])
ms |= {4}
ms -= {1}
print(list(ms), ms <= MySet([2, 3, 4, 5]), list(ms & {2, 9}), ms.isdisjoint([7]), list(ms | [8]) if False else sorted(ms | {8}))
print(issubclass(list, MutableSequence), issubclass(dict, Mapping), issubclass(type, Callable), Iterable[int])
try:
    MyMap2 = type("X", (Mapping,), {})
    MyMap2()
except TypeError as e:
    print("TypeError:", e)
from collections.abc import Generator
class G(Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        super().throw(typ, val, tb)
g = G()
print(list(g), isinstance(g, Generator))
g2 = G()
print(next(g2)); g2.close(); print("closed")
class Stubborn(G):
    def throw(self, typ, val=None, tb=None):
        return 1
try:
    Stubborn().close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    G().throw(ValueError, ValueError("x"))
except ValueError as e:
    print("ValueError:", e)
