# types.GenericAlias: list[int], dict[str, int], tuple[int, ...], type[X] and nested aliases;
# their attributes, calling, equality and hash, and what isinstance and subscripting refuse.
class Node:
    pass


aliases = [list[int], dict[str, int], tuple[int, ...], tuple[()], type[Node], list[list[int]],
           dict[str, list[Node]], set[float], frozenset[str], enumerate[int], list["Node"], tuple[int, str]]
for a in aliases:
    print(a, a.__args__, a.__origin__.__name__, a.__parameters__)
a = list[int]
print(type(a), type(a).__name__, type(a).__module__, a.__name__, a.__qualname__)
print(a == list[int], a != list[str], a == list, hash(a) == hash(list[int]), {a: 1}[list[int]])
print(a(), a((1, 2)), dict[str, int](x=1), tuple[int, ...]([3, 4]), type(a()) is list)
print(a.__class__ is type(a), list[int].append is list.append)


class Box:
    def __init__(self, item=None):
        self.item = item


b = type(a)(Box, (int,))
print(b, b.__args__, b.__origin__ is Box)
made = b(5)
print(type(made).__name__, made.item, made.__orig_class__ == b)
for bad in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int][str],
            lambda: int[3], lambda: Node[int], lambda: isinstance(3, (str, list[int])),
            lambda: dict[str, int].nope):
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def f(xs: list[int], m: dict[str, tuple[int, ...]] = {}) -> type[Node]:
    return Node


print(f.__annotations__)
print(f.__annotations__["xs"] == list[int], f([]) is Node)
