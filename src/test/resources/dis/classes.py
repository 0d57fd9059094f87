class Base:
    "A base."
    count = 0

    def __init__(self, x):
        self.x = x
        Base.count += 1

    def __repr__(self):
        return f"Base({self.x!r})"

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.__y = y

    @property
    def y(self):
        return self.__y

    @staticmethod
    def make():
        return Child(1, 2)

    @classmethod
    def other(cls):
        return __class__

def factory():
    class Local:
        def method(self):
            return Local
    return Local

class Meta(Base, metaclass=type):
    pass

print(Child.make().y, repr(Base(3)), factory().__qualname__)
