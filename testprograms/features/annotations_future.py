"""from __future__ import annotations: every annotation is kept as its source text (PEP 563),
written back from the tree as CPython does, and none is evaluated."""
from __future__ import annotations
from __future__ import generator_stop
import __future__

print(annotations, annotations.getOptionalRelease(), annotations.getMandatoryRelease())
print(annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, __future__.all_feature_names[-1])
print(__future__.generator_stop is generator_stop, __future__.__name__)


def f(a: int, b: list[int] = [], *args: str, c: dict[str, 'X'] | None = None, **kw: "float") -> tuple[int, ...]:
    return a


print(f.__annotations__)
x: undefined_name = 3
y: lambda q, *r, s=1, **t: q
z: [i for i in range(3) if i] = 1
w: (1 if a else 2) and not b or c
v: f(x for x in y)
u: a[1:2, ::3] + (-b) ** -c ** d
t: {'a': 1, **m} | {1, 2} | {*()}
s: f"{a!r:>{width}} {{x}}" = "s"
r: 1e999 - 2.5 + 10**100
q: a.b.c(1, *d, k=2, **e)[()]
n: 1 .real < 2 <= (3, 4) is not None
for key, value in __annotations__.items():
    print(key, repr(value))
print(x, z, s)


class C:
    attr: C
    other: list[C] = []

    def m(self, o: C | None) -> C:
        return self


print(C.__annotations__, C.m.__annotations__, C.other)


def g():
    local: nonexistent = 1
    return local


print(g())
