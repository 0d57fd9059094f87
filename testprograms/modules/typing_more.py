# typing with string annotations: dataclasses and ClassVar, subclassing aliases, generic errors, protocols, overload, get_type_hints
from __future__ import annotations
from typing import *
from dataclasses import dataclass, field, fields
import typing

@dataclass
class Cfg:
    limit: ClassVar[int] = 10
    name: str = "x"
    tags: List[str] = field(default_factory=list)
print(Cfg(), [f.name for f in fields(Cfg)])

class MyList(List[int]):
    pass
print(MyList.__mro__, MyList([1, 2]))


K = TypeVar('K'); V = TypeVar('V')
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
print(Pair[str, int], Pair("a", 1).k, Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(Generic):
        pass
        pass
except TypeError as e:
    print("TypeError", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)

class Shape(Protocol):
    def area(self) -> float: ...
class Sq:
    def area(self): return 4.0
def total(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)
print(total([Sq(), Sq()]))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)

class Node:
    next: Optional[Node]
    val: int
print(get_type_hints(Node))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3), len(typing.get_overloads(g)))

def gen() -> Iterator[int]:
    yield 1
print(list(gen()), get_type_hints(gen))
print(Union[int, str] | None, Optional[Union[int, str]])
print(Type[int], Set[int], FrozenSet[str], Deque[int], DefaultDict[str, int], Counter[str], Sequence[int], Mapping[str, int], Generator[int, None, None])
try:
    Any()
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, Any)
except TypeError as e:
    print("TypeError", e)
print(get_origin(Annotated[int, 'x']) is Annotated, get_args(Annotated[int, 'x', 'y']))
@final
class Leaf: pass
print(Leaf.__final__)
try:
    TypeVar('X', int)
except TypeError as e:
    print("TypeError", e)
print(repr(TypeVar('C', covariant=True)), repr(TypeVar('D', contravariant=True)))
try:
    List[int, str]
except TypeError as e:
    print("TypeError", e)
