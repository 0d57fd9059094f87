x = 1
def f():
    global x
    x += 1
    del_me = 5
    del del_me
    try:
        del_me
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
f(); print(x)
y = 10
del y
try:
    y
except NameError as e:
    print("NameError:", e)
def g():
    def h():
        nonlocal v
        v = "changed"
    v = "orig"
    h()
    return v
print(g())
class C:
    x = 5
    def meth(self):
        return x
print(C().meth())
def make():
    a = 1
    class Inner:
        b = a + 1
        def get(self): return a
    return Inner
I = make(); print(I.b, I().get())
def shadow_builtin():
    len = lambda x: -1
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
def late():
    return later_defined()
def later_defined(): return "later"
print(late())
if True:
    block_var = "visible"
print(block_var)
for loop_var in range(3): pass
print(loop_var)
try:
    raise ValueError
except ValueError as exc_var:
    pass

def outer():
    items = []
    def add():
        items.append(len(items))
    add(); add()
    return items
print(outer())
lam = lambda: undefined_at_def
try:
    lam()
except NameError as e:
    print("NameError:", e)
def defaults_eval(a=x):
    return a
x = 100
print(defaults_eval())
def rec_closure(n):
    def inner(k):
        return 1 if k == 0 else k * inner(k - 1)
    return inner(n)
print(rec_closure(5))
