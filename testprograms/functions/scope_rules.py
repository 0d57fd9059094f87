# LEGB name resolution; class bodies don't create enclosing scopes for methods.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def local_only():
    x = "local"
    return x
print(local_only(), x)
class K:
    x = "class attr"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(K().method(), K.x, K.y)
def uses_builtin():
    return len("abc")
print(uses_builtin())
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
def loop_scope():
    for i in range(3):
        pass
    return i
print(loop_scope())
def conditional_local(flag):
    if flag:
        y = "set"
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(conditional_local(True))
print(conditional_local(False))
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
