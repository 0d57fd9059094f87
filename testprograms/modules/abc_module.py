# The abc module: abstract methods refuse instantiation until overridden, register() makes
# virtual subclasses, __subclasshook__ decides issubclass, abstract properties and classmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} of area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0.5


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__, sorted(Half.__abstractmethods__))
print(type(Shape) is ABCMeta, isinstance(Square(1), Shape), issubclass(Square, ABC))


class Sized(metaclass=ABCMeta):
    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized), isinstance(3, Sized))


class Drawable(ABC):
    pass


class Circle:
    pass


token = abc.get_cache_token()
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable.register(Circle) is Circle, abc.get_cache_token() > token)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Drawable.register(Circle) is Circle)


@Drawable.register
class Text:
    pass


class BoldText(Text):
    pass


print(issubclass(BoldText, Drawable), isinstance(BoldText(), (int, Drawable)), Drawable.__subclasses__() == [])
for bad in (lambda: Drawable.register(3), lambda: Circle.__class__, lambda: Shape.register(Shape)):
    try:
        print(bad())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Drawable.register(Drawable) or issubclass(3, Drawable)
except TypeError as e:
    print("TypeError:", e)


class Base(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


print(sorted(Base.__abstractmethods__), Base.make.__isabstractmethod__ if hasattr(Base.make, "__isabstractmethod__") else "-")


class Impl(Base):
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def version():
        return 2


print(Impl.make(), Impl.version(), Impl().make())


class Later(ABC):
    @abstractmethod
    def run(self):
        ...


Later.run = lambda self: "ran"
print(sorted(Later.__abstractmethods__), sorted(abc.update_abstractmethods(Later).__abstractmethods__), Later().run())
