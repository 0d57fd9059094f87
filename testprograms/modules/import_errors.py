# Failing imports: missing modules, and a module that raises while importing.
try:
    import mod_does_not_exist
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    import mod_broken
except ValueError as e:
    print("ValueError:", e)
import sys
print("mod_broken" in sys.modules)
try:
    from mod_shapes import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
print(issubclass(ModuleNotFoundError, ImportError))
