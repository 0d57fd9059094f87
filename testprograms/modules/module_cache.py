# A module's body runs once; later imports reuse sys.modules.
import sys
print("mod_shapes" in sys.modules)
import mod_shapes
import mod_uses_shapes
import mod_shapes
print("mod_shapes" in sys.modules, sys.modules["mod_shapes"] is mod_shapes)
print(mod_uses_shapes.mod_shapes is mod_shapes)
mod_shapes.bump()
print(mod_uses_shapes.mod_shapes.counter, round(mod_uses_shapes.double_area(1), 5))
def inside():
    import mod_shapes as again
    return again is mod_shapes
print(inside())
print(sys.modules["__main__"].__name__)
