# An uncaught failing from-import: the message names the module and its file.
from mod_shapes import area
print(area(1))
from mod_shapes import volume
