# Single inheritance: overriding, attribute lookup through the class chain, isinstance.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return "%s the %s: %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return self.name + " barks"
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " softly"
for a in (Animal("generic"), Dog("rex"), Puppy("bit", 1)):
    print(a.describe())
p = Puppy("bit", 1)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog("x"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, object))
print(Puppy.__bases__ == (Dog,), Puppy.__name__, type(p).__name__, p.age)
print(Puppy.kind, Puppy.__mro__ == (Puppy, Dog, Animal, object))
Dog.kind = "hound"
print(p.describe())
p.kind = "own"
print(p.describe(), Puppy.kind)
del p.kind
print(p.kind)
print(hasattr(p, "speak"), hasattr(p, "fly"), getattr(p, "fly", "no fly"))
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
