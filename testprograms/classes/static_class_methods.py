# staticmethod and classmethod: calling through class and instance, inheritance, factories.
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @classmethod
    def make(cls, name):
        return cls(name)
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def area_of_square(side):
        return side * side
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)
class Circle(Shape):
    pass
print(Shape.make("s"), Circle.make("c"), Shape.count)
print(Shape.kind(), Circle.kind(), Circle("x").kind(), Shape.count)
print(Shape.area_of_square(3), Circle("y").area_of_square(4))
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
    @classmethod
    def total(cls):
        return len(cls.instances)
Counter(); Counter()
print(Counter.total())
sm = staticmethod(lambda: "wrapped")
class H:
    f = sm
print(H.f(), H().f())
