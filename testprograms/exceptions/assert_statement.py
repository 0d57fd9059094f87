# assert with and without messages; an uncaught AssertionError ends the program.
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
assert 1 + 1 == 2
print("passed")
assert len("abc") == 4, ("tuple", "message")
