# yield from: delegation, return values, send/throw passing through.
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print(list(tree(t)))
def handles():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "handled in inner"
def delegator():
    yield from handles()
    yield "after inner"
d = delegator()
print(next(d), d.throw(KeyError()), next(d))
def ret_only():
    return 5
    yield
def uses():
    v = yield from ret_only()
    yield v * 2
print(list(uses()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
