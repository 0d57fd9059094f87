l = [1, 2]; l.append(l); print(l, repr(l), str(l))
d = {"a": 1}; d["self"] = d; print(d)
t = ([],); t[0].append(t); print(t)
a = []; b = [a]; a.append(b); print(a, b)
s = {1, 2}; print(repr([s, frozenset([3])]))
print([[[]]], [(), ((),), {}, set()], {1: [1, (2,)], (1,): {"x": None}})
print(["a'b", 'a"b', "\n", "\\", "é", "\x01"])
print((1,), (1, 2), ((1,),), [()])
print({1: {2: {3: {}}}}, {None: None, True: False, 0.5: -0.5})
class R:
    def __repr__(self): return "R!"
print([R(), R()], {R(): 1} if False else {1: R()}, (R(),))
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
print(S(), [S()], str([S()]), "%s %r" % (S(), S()), f"{S()} {S()!r}")
print(str(1.0), [1.0, 1e100, 1.5e-7, float("inf"), -float("inf"), float("nan")])
print([True, None, False], repr(""), repr("'"), repr('"'), repr("'\""))
print(list(range(3)), range(0), range(-5, 5, 2), slice(1, 2), [slice(None)])
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
print(repr(iter([])).startswith("<list_iterator object"), repr(len), repr(int), repr(ValueError), repr(object))
def f(): pass
print(repr(f).startswith("<function f at"), repr(lambda: 0).startswith("<function <lambda> at"))
class C:
    def m(self): pass
print(repr(C).startswith("<class '__main__.C'>"), repr(C.m).startswith("<function C.m at"), repr(C().m).startswith("<bound method C.m of <__main__.C object at"))
print(str(ValueError("x")), repr(ValueError("x", 1)), repr(StopIteration()), repr(KeyError("a")))
import sys
print(repr(sys).startswith("<module 'sys'"), type(sys).__name__)
