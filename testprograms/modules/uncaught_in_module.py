# An uncaught exception raised inside a sibling module: the traceback names both files.
import mod_uses_shapes
print(round(mod_uses_shapes.double_area(2), 3))
print(mod_uses_shapes.ratio(1, 2))
