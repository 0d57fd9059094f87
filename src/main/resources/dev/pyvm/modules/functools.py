"""functools"""
from _functools import reduce, partial, cmp_to_key
