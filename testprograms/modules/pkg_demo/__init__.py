# A helper package for the programs of modules/ (not a test).
print("init", __name__, __package__, __spec__.name, __spec__.parent)
VERSION = 3
__all__ = ["VERSION", "area", "lazy"]
from .shapes import area
