# A generator dropped before exhaustion is closed: its finally runs when the last reference goes.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield i
    finally:
        print("close", name)
g = resource("A")
print(next(g))
del g
print("after del A")
for x in resource("B"):
    if x == 1:
        break
print("after loop B")
print(list(resource("C")))
def use():
    r = resource("D")
    next(r)
    print("leaving use")
use()
print("after use")
gens = [resource("E%d" % i) for i in range(2)]
for gg in gens:
    next(gg)
gens = None
print("end")
