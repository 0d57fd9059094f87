class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Child(Base, flag=1): pass
class Child2(Child): pass
class Plain(metaclass=type): pass
try:
    class Bad(x=1): pass
except TypeError as e:
    print("TypeError:", e)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return "got " + self.name
class UsesDesc:
    d = Desc()
    e = Desc()
print(UsesDesc().d, UsesDesc().e)
T = type("T", (), {"z": Desc()})
print(T().z)
class WithArgs:
    def __init_subclass__(cls, /, default=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.default = default
class Sub(WithArgs, default=5): pass
print(Sub.default)
try:
    class Sub2(WithArgs, other=1): pass
except TypeError as e:
    print("TypeError:", e)
print(type(Base.__dict__["__init_subclass__"]).__name__)
