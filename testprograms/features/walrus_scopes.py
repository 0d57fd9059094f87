if (n := 10) > 5:
    print("n is", n)
print([y for x in range(5) if (y := x * 2) > 4], y)
data = [1, 2, 3]
while (item := data.pop()) != 1:
    print("item", item)
print((lambda: (z := 1))())
print(0 or (w := 3), w)
def f():
    total = [t := 0]
    vals = [(t := t + v) for v in range(5)]
    return t, vals, total
print(f())
def g():
    return [[(last := j) for j in range(i)] for i in range(4)], last
print(g())
print(print(a := "arg"), a)
print(len(s := "hello"), s)
def h(x):
    if (m := x % 3) == 0:
        return "div"
    return m
print([h(i) for i in range(5)])
lst = [1, 2, 3]
print(lst[(i := 1)], i, {(k := "key"): 1}, k)
def counter():
    count = 0
    def inc():
        nonlocal count
        return (count := count + 1)
    return inc
c = counter(); print(c(), c())
print(any((hit := v) > 2 for v in [1, 3, 5]), hit)
x = [q for q in range(3) if (r := q)]
print(r)
class K:
    v = (u := 5)
print(K.v, u)
def gg():
    global gvar
    [(gvar := i) for i in range(3)]
gg(); print(gvar)
