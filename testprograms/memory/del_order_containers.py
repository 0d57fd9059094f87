# The order in which a container's items are released when the container dies.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
print("list")
l = [N("l0"), N("l1"), N("l2")]
l = None
print("tuple")
t = (N("t0"), N("t1"), N("t2"))
t = None
print("dict")
d = {"a": N("d-a"), "b": N("d-b"), "c": N("d-c")}
d = None
print("instance attributes")
o = N("owner")
o.x = N("attr-x")
o.y = N("attr-y")
o = None
print("nested lists")
nested = [N("n0"), [N("n1-0"), N("n1-1")], N("n2")]
nested = None
print("function locals")
def locals_die():
    a = N("local-a")
    b = N("local-b")
    c = N("local-c")
locals_die()
print("done")
