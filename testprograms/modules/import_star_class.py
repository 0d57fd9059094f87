# from M import * where sys.modules['M'] is a class or an instance, not a module
import sys

class C:
    x = 1
    _hidden = 2
    def m(self):
        return 3

sys.modules['fake_cls'] = C
from fake_cls import *
print(x, m.__name__, '_hidden' in globals())

class D:
    __all__ = ['a', '_b']
    a = 'A'
    _b = 'B'
    c = 'C'

sys.modules['fake_inst'] = D()
from fake_inst import *
print(a, _b, 'c' in globals())

class E:
    __slots__ = ()
sys.modules['fake_slots'] = E()
try:
    exec_ok = True
    from fake_slots import *
except ImportError as e:
    print('ImportError:', e)
del sys.modules['fake_cls'], sys.modules['fake_inst'], sys.modules['fake_slots']

# a module's __dict__ (what from M import * reads when M has no __all__)
import math
print(math.__dict__ is vars(math), "floor" in math.__dict__)
from math import *
print(floor(2.5), ceil(2.5))
try:
    math.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
