# Requests that can never fit are refused at once with MemoryError (CPython: the length hint
# preallocates in list_extend; repetition, join and replace size their result first), and the
# length hint protocol (PyObject_LengthHint) behaves as CPython's.


def attempt(name, f):
    try:
        r = f()
        print(name, "->", r if len(r) < 20 else len(r))
    except (MemoryError, OverflowError, ValueError, TypeError, KeyError) as e:
        print(name, type(e).__name__, e)


attempt("list(range(10**12))", lambda: list(range(10**12)))
attempt("list(range(10**30))", lambda: list(range(10**30)))
attempt("list(iter(range(10**12)))", lambda: list(iter(range(10**12))))
attempt("list(iter(range(10**30)))", lambda: list(iter(range(10**30))))
attempt("tuple(range(10**12))", lambda: tuple(range(10**12)))
attempt("sorted(range(10**12))", lambda: sorted(range(10**12)))
attempt("[*range(10**12)]", lambda: [*range(10**12)])
x = [1, 2]
attempt("x.extend(range(10**12))", lambda: x.extend(range(10**12)) or x)
print("x", x)
attempt("'ab' * 10**11", lambda: 'ab' * 10**11)
attempt("'ab' * 2**62", lambda: 'ab' * 2**62)
attempt("[0, 1] * 10**11", lambda: [0, 1] * 10**11)
attempt("(0, 1) * 10**11", lambda: (0, 1) * 10**11)
attempt("replace", lambda: ('a' * 10**5).replace('a', 'b' * 10**7))
attempt("join", lambda: ('x' * 10**6).join(['a'] * 10**6))
attempt("join of non-str", lambda: ','.join(['a', 1]))
attempt("ljust", lambda: 'x'.ljust(10**11))


class Hint:
    def __init__(self, hint, items=(1, 2)):
        self.hint, self.items = hint, items

    def __iter__(self):
        return iter(self.items)

    def __length_hint__(self):
        return self.hint


attempt("hint 10**12", lambda: list(Hint(10**12)))
attempt("hint 10**30", lambda: list(Hint(10**30)))
attempt("hint -1", lambda: list(Hint(-1)))
attempt("hint 'x'", lambda: list(Hint('x')))
attempt("hint NotImplemented", lambda: list(Hint(NotImplemented)))
attempt("hint 0, more items", lambda: list(Hint(0, range(50))))
attempt("hint 1000, few items", lambda: list(Hint(1000, (7,))))


class Len:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        if isinstance(self.n, BaseException):
            raise self.n
        return self.n


attempt("len 10**13", lambda: list(Len(10**13)))
attempt("len 10**30", lambda: list(Len(10**30)))
attempt("len TypeError", lambda: list(Len(TypeError("no len"))))
attempt("len KeyError", lambda: list(Len(KeyError("len"))))
attempt("tuple len 10**13", lambda: tuple(Len(10**13)))


def gen():
    yield from range(30)


attempt("generator", lambda: list(gen()))
attempt("dict keys", lambda: list({1: 2, 3: 4}))
attempt("set", lambda: sorted(list({5, 6, 7})))
y = [0]
y.extend(i * i for i in range(10))
print(y)

# the built-in iterators' own __length_hint__
for it in [iter(range(5)), iter(range(10**30)), iter([1, 2]), reversed([1, 2, 3]), iter((1,)), iter('ab'),
           iter('\u00e9'), iter({1: 2}), iter({}.values()), iter({1: 1}.items()), reversed({1: 2}), iter({1}),
           iter(frozenset())]:
    print(type(it).__name__, it.__length_hint__())
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__())
try:
    iter([]).__length_hint__(1)
except TypeError as e:
    print(e)
