# Multiple inheritance and the C3 linearization.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(K1))
print(names(K2))
print(names(K3))
print(names(Z))
class Left:
    def who(self):
        return "Left"
class Right:
    def who(self):
        return "Right"
    def only_right(self):
        return "only in Right"
class Both(Left, Right):
    pass
b = Both()
print(b.who(), b.only_right(), names(Both))
class X: pass
class Y: pass
try:
    class Bad(X, Y): pass
    class Bad2(Y, X): pass
    class Worse(Bad, Bad2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
print(names(bool), names(int))
