import sys
import os.path
import os.path as osp
from math import pi, sqrt as root
from . import sibling
from ..pkg.mod import thing
from time import *
name = "world"
width = 10
print(f"hello {name}!", f"{name!r:>{width}}", f"{pi:.3f}", f"{name!s}{name!a}", f"{{}}", f"{width}")
print("%s and %d" % ("a", 1), "tab\tnewline\n'quote'", 'say "hi"', "é \u2603 \x00")
