# Packages: import a.b.c binds a, submodules become attributes of their package,
# from-imports of submodules and attributes, import a.b as x, __import__.
import sys
import pkg_demo.shapes
print(pkg_demo.shapes.area(3, 4), pkg_demo.VERSION, pkg_demo.area is pkg_demo.shapes.area)
import pkg_demo.sub.deep as deep
print(deep.__name__, deep.__package__, deep.__spec__.parent, pkg_demo.sub.deep is deep)
from pkg_demo import util, VERSION
from pkg_demo.sub import dbl, deep as deep2
print(util.double(5), VERSION, dbl(1), deep2 is deep)
print(sorted(k for k in sys.modules if k.startswith("pkg_demo")))
print(pkg_demo.__path__ == [pkg_demo.__file__.rsplit("/", 1)[0]],
      pkg_demo.__spec__.submodule_search_locations is pkg_demo.__path__)
print(repr(pkg_demo).startswith("<module 'pkg_demo' from "), pkg_demo.__file__.endswith("__init__.py"))
print(hasattr(util, "__path__"), util.__spec__.submodule_search_locations, util.__package__)
print(util.__spec__.origin == util.__file__, util.__spec__.has_location, util.__spec__.loader is None or True)
print(__name__, __package__, __spec__)
for call in (deep.too_far, deep.relative_missing):
    try:
        call()
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    import pkg_demo.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_demo.util.x
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_demo import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    from pkg_demo import circ_a
except ImportError as e:
    print(type(e).__name__, str(e).split(" (/")[0], e.name)
print("pkg_demo.circ_a" in sys.modules, "pkg_demo.circ_b" in sys.modules)
try:
    import pkg_demo.broken
except ValueError as e:
    print(type(e).__name__, e, "pkg_demo.broken" in sys.modules, hasattr(pkg_demo, "broken"))
m = __import__("pkg_demo.sub.deep")
print(m.__name__, __import__("pkg_demo.sub", fromlist=["deep"]).__name__)
print(__import__("sub.deep", {"__package__": "pkg_demo"}, None, (), 1).__name__)
print(__import__("sub.deep", {"__package__": "pkg_demo"}, None, ["area"], 1).__name__)
print(__import__("", {"__name__": "pkg_demo.util"}, None, None, 1).__name__)
print(__import__("math").sqrt(16), __import__("math").__spec__.name)
for args in [(1,), ("",), ("math", None, None, (), -1), ("x", 5, None, (), 1), ("x", None, None, (), 1),
             ("x", {}, None, (), 1), ("x", {"__name__": 3}, None, (), 1), ("x", {"__package__": 3}, None, (), 1),
             ("x", {"__name__": "top"}, None, (), 1), ("math", None, None, (), "a"), ("math", None, None, (), 2**70),
             ("pkg_demo", None, None, [1])]:
    try:
        __import__(*args)
    except (TypeError, ValueError, KeyError, ImportError, OverflowError) as e:
        print(type(e).__name__, e)
from pkg_demo import *
print(VERSION, area(1, 1), lazy.__name__)
