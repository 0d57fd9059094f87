# ImportError's msg, name and path: set by failing imports and by the constructor's keywords.
try:
    import mod_missing
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name, e.path, e.msg)
for attempt in ("mod_missing.sub", "sys.path", "mod_shapes.sub"):
    try:
        if attempt == "mod_missing.sub":
            import mod_missing.sub
        elif attempt == "sys.path":
            import sys.path
        else:
            import mod_shapes.sub
    except ModuleNotFoundError as e:
        print(attempt, "|", e, "|", e.name, e.path)
import sys
print("mod_shapes" in sys.modules)
for module in ("sys", "gc", "time"):
    try:
        if module == "sys":
            from sys import missing
        elif module == "gc":
            from gc import missing
        else:
            from time import missing
    except ImportError as e:
        print(type(e).__name__, "|", e, "|", e.name, e.path)
try:
    from mod_shapes import missing
except ImportError as e:
    print(e.name, e.path.rsplit("/", 1)[-1], str(e).endswith("(" + e.path + ")"), e.msg == str(e))
e = ImportError("msg", name="n", path="p")
print(repr(e), str(e), e.args, e.msg, e.name, e.path)
e = ImportError("a", "b", name="n")
print(repr(e), str(e), e.msg, e.name, e.path)
e = ImportError()
print(repr(e), repr(str(e)), e.msg, e.name, e.path)
e = ImportError(42)
print(repr(e), str(e), e.msg)
e = ModuleNotFoundError("gone", path="q")
print(repr(e), e.name, e.path, isinstance(e, ImportError))
e.msg = "changed"
e.name = 5
del e.path
print(str(e), repr(e), e.name, e.path)
for make in (lambda: ImportError("x", foo=1), lambda: ModuleNotFoundError(module="m"), lambda: ValueError("x", name="n")):
    try:
        make()
    except TypeError as t:
        print("TypeError:", t)
class LoaderError(ImportError):
    def __init__(self, what):
        super().__init__("cannot load " + what, name=what)
e = LoaderError("plugin")
print(repr(e), str(e), e.name, e.path, e.args, e.msg)
class Plain(ImportError):
    pass
p = Plain("m", name="k", path="/x")
print(repr(p), p.name, p.path, p.args, str(p))
class Key(KeyError):
    pass
print(str(Key("k")), str(KeyError("k")), str(Key()), str(Key(1, 2)))
try:
    raise ImportError("boom", name="mod")
except ImportError as e:
    print(e, e.name)
