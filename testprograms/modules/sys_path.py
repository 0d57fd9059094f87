# sys.path is a real list, read at each import: a directory appended to it can be imported
# from; its first entry is the script's directory; rebinding sys.path is seen too.
import sys
print(type(sys.path).__name__, sys.path[0] == __file__.rsplit("/", 1)[0])
try:
    import mod_far
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.path.append("pkg_paths")
import mod_far
print(mod_far.WHERE, mod_far.__name__, mod_far.__package__, mod_far.__file__.endswith("pkg_paths/mod_far.py"))
print(sys.modules["mod_far"] is mod_far, repr(mod_far).endswith("mod_far.py'>"))
# a namespace package: a directory without __init__.py
import pkg_paths
print(pkg_paths.__file__, pkg_paths.__spec__.origin, pkg_paths.__package__, len(pkg_paths.__path__))
import pkg_paths.mod_far as far2
print(far2 is mod_far, far2.__name__, pkg_paths.mod_far is far2)
saved = sys.path
sys.path = []
try:
    import mod_shapes
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import gc
print(gc.isenabled())
sys.path = saved
import mod_shapes
print(mod_shapes.__name__, "mod_shapes" in sys.modules)
sys.path.insert(0, 5)
sys.path.insert(0, "no/such/dir")
del sys.modules["mod_far"]
import mod_far as again
print(again is mod_far, again.WHERE)
sys.modules["fake"] = None
try:
    import fake
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
