# PEP 560: a base that is not a class gives its __mro_entries__; the class keeps __orig_bases__
class G:
    def __init__(self, *bases): self.bases = bases
    def __mro_entries__(self, bases):
        print("mro_entries of", len(bases), "bases")
        return self.bases
class A: pass
class X(G(list), A): pass
print(X.__mro__, X.__orig_bases__[1] is A, type(X.__orig_bases__[0]).__name__)
class Y(G(), A): pass
print(Y.__mro__)
class Z(A): pass
print('__orig_bases__' in Z.__dict__)
class Bad:
    def __mro_entries__(self, bases): return [int]
try:
    class W(Bad()): pass
except TypeError as e: print("TypeError", e)
class NoEntries: pass
try:
    class V(NoEntries()): pass
except TypeError as e: print("TypeError", e)
print(list[int].__mro_entries__((list[int],)) if hasattr(list[int], '__mro_entries__') else 'no')
class L(list[int]): pass
print(L.__mro__, L.__orig_bases__)
