# operator.itemgetter, attrgetter, methodcaller: calls, reprs, errors
import operator

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
g = operator.itemgetter(1)
print(g, g(rows[0]), sorted(rows, key=g))
g2 = operator.itemgetter(2, 0)
print(g2, [g2(r) for r in rows], operator.itemgetter("k")({"k": "v"}))
print(operator.itemgetter(slice(1, None))("hello"), operator.itemgetter((1, 2))({(1, 2): "tuple key"}))
print(type(g), type(g).__name__, type(g).__module__, callable(g))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct
    def __repr__(self):
        return "P(%r)" % self.name
p = P("outer", P("inner", P("deepest")))
a = operator.attrgetter("name")
print(a, a(p), operator.attrgetter("child.name")(p), operator.attrgetter("child.child.name")(p))
a2 = operator.attrgetter("name", "child.child", "child.name")
print(a2, a2(p))
print(sorted([P("z"), P("m"), P("q")], key=a))

m = operator.methodcaller("greet", "hello")
print(m, m(p), operator.methodcaller("greet", "hi", punct="?")(p))
print(operator.methodcaller("greet", greeting="yo", punct="."), operator.methodcaller("upper")("abc"))
print(operator.methodcaller("split", ",", 1)("a,b,c"), operator.methodcaller("count")([1, 1]) if False else 0)

t(operator.itemgetter)
t(operator.itemgetter, 1, a=2)
t(operator.itemgetter(1))
t(operator.itemgetter(1), [1], x=1)
t(operator.itemgetter(5), [1])
t(operator.itemgetter(0, 5), [1])
t(operator.itemgetter("x"), 3)
t(operator.attrgetter)
t(operator.attrgetter, 1)
t(operator.attrgetter, "a", 2)
t(operator.attrgetter("nope"), p)
t(operator.attrgetter("child.nope"), p)
t(operator.attrgetter("name"), p, p)
t(operator.methodcaller)
t(operator.methodcaller, 1)
t(operator.methodcaller("nope"), p)
t(operator.methodcaller("greet"), p)
t(operator.methodcaller("greet", "a"))
t(operator.methodcaller("greet", "a"), p, k=1)

# recursive reprs and reference cycles
lst = []
ig = operator.itemgetter(lst)
lst.append(ig)
print(ig)
mc = operator.methodcaller("m", lst)
print(mc)

# calling a getter is a C call that counts toward the recursion limit
again = operator.methodcaller("again")
class Loop:
    def again(self):
        return again(self)
t(Loop().again)
