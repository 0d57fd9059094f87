# pass, empty bodies, and statements that do nothing visible.
def nothing():
    pass
class Empty:
    pass
print(nothing(), type(Empty()).__name__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
x = 1; y = 2; z = x + y
print(z)
"a docstring-like expression statement"
42
None
def doc():
    "Docstring."
    return 1
print(doc(), doc.__doc__)
print(Empty.__doc__, nothing.__doc__)
