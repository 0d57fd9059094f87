# X | Y between types is types.UnionType: its repr, members (flattened, without duplicates,
# None as NoneType), equality as sets, and isinstance / issubclass with a union.
class A:
    pass


class B(A):
    pass


unions = [int | None, int | str, None | int, int | list[int], (int | str) | float, int | str | int,
          A | B, list[int] | dict[str, A] | None]
for u in unions:
    print(u, u.__args__)
print(int | int, type(int | int), type(int | str), type(int | str).__module__)
u = int | str
print(u == (str | int), u == (int | float), u != (str | int), hash(u) == hash(str | int), {u: 1}[str | int])
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(2.5, int | str), isinstance(None, int | None))
print(isinstance(B(), A | None), issubclass(B, A | int), issubclass(bool, str | int), issubclass(float, str | int))
print(isinstance(1, int | list[int]), isinstance(3, (str, int | None)), u.__parameters__)
for bad in (lambda: isinstance("x", int | list[int]), lambda: int | 3, lambda: "x" | int, lambda: u[int],
            lambda: issubclass(3, int | str), lambda: u.nope):
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def g(x: int | None = None, y: "A | B" = A()) -> list[int | str] | None:
    return None


print(g.__annotations__)
x: int | None = 1
print(__annotations__)
