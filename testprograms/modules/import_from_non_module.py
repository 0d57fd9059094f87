# `from m import x` where sys.modules['m'] is not a module: the name comes from getattr,
# the location is unknown (CPython 3.11 import_from).
import sys

class Box:
    a = 1

sys.modules['fake_int'] = 42
sys.modules['fake_class'] = Box
sys.modules['fake_none'] = None

try:
    from fake_int import a
except ImportError as e:
    print(type(e).__name__, e)

from fake_class import a
print(a)
try:
    from fake_class import b
except ImportError as e:
    print(type(e).__name__, e)

try:
    from fake_none import a
except ImportError as e:
    print(type(e).__name__, e)
