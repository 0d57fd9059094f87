# __class_getitem__: implicitly a classmethod on user classes, inherited, called by C[...];
# built-in containers have theirs, other types are not subscriptable (type[X] is an alias).
class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class Sub(Registry):
    pass


print(type[Registry], type[int] == type[int])
print(Registry[int], Registry["x"], Registry[1, 2], Sub[str])
print(type(Registry.__dict__["__class_getitem__"]).__name__, Registry.__class_getitem__(3))


class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return list[params]


print(Typed[int], Typed[int, str], Typed[int].__origin__)


print(list.__class_getitem__(int), dict.__class_getitem__((str, int)), tuple.__class_getitem__(int))
for bad in (lambda: int[0], lambda: object[int], lambda: type(3)[int], lambda: list.__class_getitem__()):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
