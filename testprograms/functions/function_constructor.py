# types.FunctionType(code, globals, name, argdefs, closure): a function made from a code object, and
# the errors for each argument of the wrong kind.
import types
def outer():
    x = 1
    def inner(a, b=2):
        return a + b + x
    return inner
f = outer()
def plain(a, b=5):
    return a * b
g = {'__name__': 'gmod'}
p2 = types.FunctionType(plain.__code__, g)
print(p2(3, 4), p2.__name__, p2.__qualname__, p2.__module__, p2.__defaults__)
p3 = types.FunctionType(plain.__code__, g, "renamed", (7,))
print(p3(2), p3.__name__, p3.__qualname__, p3.__defaults__)
c = f.__closure__
i2 = types.FunctionType(f.__code__, globals(), None, (10,), c)
print(i2(1), i2.__closure__ is c)
for args in [(1, g), (plain.__code__, 1), (plain.__code__, g, 5), (plain.__code__, g, None, [1]),
             (f.__code__, g), (f.__code__, g, None, None, ()), (f.__code__, g, None, None, (1,)),
             (plain.__code__, g, None, None, c), (plain.__code__,)]:
    try:
        types.FunctionType(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(types.FunctionType(code=plain.__code__, globals=g)(1, 2))
