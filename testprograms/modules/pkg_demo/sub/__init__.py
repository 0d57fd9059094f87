from .. import VERSION
from ..util import double as dbl
print("sub", __name__, __package__, VERSION, dbl(VERSION))
