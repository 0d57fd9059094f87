# from-import binds names; rebinding in the module is not seen by the copied names.
from mod_shapes import area, counter, bump, Square as Sq
print(area(1), counter, Sq(2).area())
print(bump(), counter)
import mod_shapes
print(mod_shapes.counter)
from mod_shapes import counter
print(counter)
try:
    from mod_shapes import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
from math import sqrt, pi as PI_CONST
print(sqrt(16), round(PI_CONST, 5))
