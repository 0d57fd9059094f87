# gc.get_referents: what each container's traverse visits, in CPython's order.
import gc
print(gc.get_referents([1, "two", (3,)]))
print(gc.get_referents((1, [2], "t")))
print(gc.get_referents({"k": "v", "k2": [1]}))
print(gc.get_referents({1: "a", 2: "b"}))
print(gc.get_referents(1, "s", None))
print(gc.get_referents([1], (2,)))
print(sorted(gc.get_referents({3, 1, 2})))
class C:
    pass
c = C()
print([r is C for r in gc.get_referents(c)])
c.x = [7]
c.y = "why"
refs = gc.get_referents(c)
print(refs[:-1], refs[-1] is C)
outer = []
inner = [outer]
outer.append(inner)
print(gc.get_referents(outer)[0] is inner, gc.get_referents(inner)[0] is outer)
