# typing: special forms and generic aliases (reprs, equality), Generic classes, NamedTuple, TypedDict, protocols, get_type_hints
import typing
from typing import *
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int])
print(Any, Optional[List[int]] == Union[None, List[int]], List, Literal[1, 'a'], Annotated[int, 'm'])
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int](); s.push(1)
print(Stack[int], Stack.__parameters__, s.items, Stack.__mro__, T, TypeVar('U', bound=int))
class P(NamedTuple):
    x: int
    y: float = 0.0
    def norm(self): return abs(self.x) + abs(self.y)
p = P(1)
print(p, p.norm(), P._fields, P.__annotations__, P._field_defaults)
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'x'))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, Movie.__annotations__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class Greeter(Protocol):
    def greet(self) -> str: ...
try: isinstance(F(), Greeter)
except TypeError as e: print("TypeError", e)
print(cast(int, "x"), get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Callable[[int], str]))
def f(a: 'int', b: Optional['Movie'] = None) -> 'List[int]': return []
print(get_type_hints(f))
UserId = NewType('UserId', int)
print(UserId(5), UserId)
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping))
try: isinstance([], List[int])
except TypeError as e: print("TypeError", e)
try: List()
except TypeError as e: print("TypeError", e)
print(Dict[str, int] == Dict[str, int], hash(List[int]) == hash(List[int]), int | None == Optional[int])
print(TYPE_CHECKING, Text, AnyStr)
x: ClassVar[int] = 1
print(ClassVar[int], Final[str])
try: Union[()]
except TypeError as e: print("TypeError", e)
print(List[T][int], Dict[T, T][str])
