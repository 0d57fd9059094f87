# global and nonlocal declarations; UnboundLocalError when a local shadows a global.
g = 1
def read_global():
    return g
def write_global():
    global g
    g = 2
def shadow():
    g = 99
    return g
print(read_global(), shadow(), g)
write_global()
print(g)
def make_new_global():
    global created
    created = "made inside"
make_new_global()
print(created)
def broken():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    g = 3
broken()
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
    inner()
    inner()
    return x
print(outer())
def levels():
    a = "L1"
    def l2():
        a = "L2"
        def l3():
            nonlocal a
            a = "L3 set"
        l3()
        return a
    return a, l2()
print(levels())
total = 0
def add_all(*nums):
    global total
    for n in nums:
        total += n
add_all(1, 2, 3)
print(total)
