# import of a sibling .py module: attributes, module object, __name__.
import mod_shapes
print(__name__, mod_shapes.__name__)
print(mod_shapes.PI, mod_shapes.area(2), mod_shapes.Square(3).area())
print(mod_shapes.bump(), mod_shapes.bump(), mod_shapes.counter)
mod_shapes.PI = 3
print(mod_shapes.area(1))
print(type(mod_shapes).__name__, hasattr(mod_shapes, "Square"), mod_shapes._private)
import mod_shapes as shapes
print(shapes is mod_shapes, shapes.counter)
