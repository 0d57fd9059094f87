# functools.cached_property (computed once, kept in __dict__) and partialmethod
import functools

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        """The area, computed once."""
        self.computed += 1
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, c.computed, c.__dict__["area"], sorted(c.__dict__))
c.area = 100
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__, Circle.area.func.__name__)

class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def prop(self):
        return 1
t(lambda: Slotted().prop)
loose = functools.cached_property(lambda self: 1)
class Late:
    pass
Late.p = loose
t(lambda: Late().p)
def twice():
    class Two:
        a = loose
        b = loose
t(twice)
try:
    twice()
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__)

class Cell:
    def __init__(self):
        self.state = None
    def set(self, state, note=""):
        self.state = state + note
        return self.state
    set_on = functools.partialmethod(set, "on")
    set_off = functools.partialmethod(set, state="off")
    set_loud = functools.partialmethod(set_on, note="!")

cell = Cell()
print(cell.set_on(), cell.set_off(), cell.set_on(note="?"), cell.set_loud(), cell.state)
print(Cell.set_on.__class__.__name__ if False else Cell.__dict__["set_on"].args, Cell.__dict__["set_loud"].keywords)
print(Cell.__dict__["set_loud"].func is Cell.set, Cell.set_on(cell), cell.state)
print(repr(functools.partialmethod(len, 1, k=2)).startswith("functools.partialmethod(<built-in function len>, 1, k=2)"))
t(functools.partialmethod, 1)
t(lambda: cell.set_off("x"))
