# super() follows the MRO of the instance's class (cooperative multiple inheritance).
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return "Base"
class A(Base):
    def __init__(self):
        print("A.__init__")
        super().__init__()
        self.trail.append("A")
    def hello(self):
        return "A>" + super().hello()
class B(Base):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")
    def hello(self):
        return "B>" + super().hello()
class C(A, B):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")
    def hello(self):
        return "C>" + super().hello()
c = C()
print(c.trail, c.hello())
print(A().hello())
class Explicit(A):
    def hello(self):
        return "E>" + super(A, self).hello()
print(Explicit().hello())
class WithArgs:
    def __init__(self, x, **kw):
        self.x = x
        print("WithArgs got", x, kw)
class Child(WithArgs):
    def __init__(self, x, y):
        super().__init__(x * 2, y=y)
        self.y = y
ch = Child(5, "why")
print(ch.x, ch.y)
class S:
    @classmethod
    def create(cls):
        return cls.__name__
class T(S):
    @classmethod
    def create(cls):
        return "T wraps " + super().create()
print(T.create())
