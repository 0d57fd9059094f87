from ..shapes import area
from . import dbl
print("deep", __name__, __package__, area(2, 5), dbl(4))


def too_far():
    from ... import nothing
    return nothing


def relative_missing():
    from .nowhere import x
    return x
