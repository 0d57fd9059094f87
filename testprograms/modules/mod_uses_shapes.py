# Helper module that itself imports mod_shapes (to show the module cache).
import mod_shapes
print("mod_uses_shapes imported")
def double_area(r):
    return 2 * mod_shapes.area(r)
def ratio(a, b):
    return mod_shapes.area(a) / (b - b)
