# Passing iterables and generator expressions to functions; argument evaluation order.
def log(tag, value):
    print("eval", tag)
    return value
def f(a, b, c=None, *rest, **kw):
    return (a, b, c, rest, sorted(kw))
print(f(log("a", 1), log("b", 2), c=log("c", 3)))
print(f(*[log("s1", 1), log("s2", 2)], **{"k": log("k", 0)}))
print(sum(x * x for x in range(5)), max((len(w), w) for w in "aa b cccc".split()))
print(list(zip(*[(1, "a"), (2, "b")])))
def count(*args):
    return len(args)
print(count(*range(10)), count(*"abc", *[1]), count())
def default_evaluation(x=log("default", 5)):
    return x
print(default_evaluation(), default_evaluation(6))
d = {log("k1", "a"): log("v1", 1), log("k2", "b"): log("v2", 2)}
print(d)
lst = [log("i1", 1), log("i2", 2)][log("idx", 1)]
print(lst)
