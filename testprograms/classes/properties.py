# property with getter, setter, deleter; read-only properties; computed attributes.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        print("  get celsius")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  del celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
class Old:
    def get_x(self):
        return "x via get_x"
    x = property(get_x)
print(Old().x, type(Old.__dict__["x"]).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return self.computed * 10
l = Lazy()
print(l.value, l.value, l.computed)
