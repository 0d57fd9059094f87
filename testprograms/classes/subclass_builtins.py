# Subclassing list, dict and Exception.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s + [4], type(s + [4]).__name__)
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        self[key] = self.factory()
        return self[key]
d = DefaultDict(list)
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(d, len(d), "c" in d)
class CountingDict(dict):
    def __setitem__(self, key, value):
        print("  set", key)
        super().__setitem__(key, value)
c = CountingDict()
c["x"] = 1
c.update(y=2)
print(c)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
class UpperStr(str):
    def shout(self):
        return self.upper() + "!"
u = UpperStr("hey")
print(u, u.shout(), u + "x", len(u), isinstance(u, str))
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
print(repr(MyInt(5)), MyInt(5) + 1, type(MyInt(5) + 1).__name__)
