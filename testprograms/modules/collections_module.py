# The collections package: what it exports and its generic aliases
import collections
import _collections
from collections import *

print(sorted(collections.__all__))
print(collections.deque is _collections.deque, collections.defaultdict is _collections.defaultdict)
print(deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString)
print(deque.__name__, deque.__module__, defaultdict.__module__, OrderedDict.__module__)
print(defaultdict.__mro__, issubclass(OrderedDict, dict), issubclass(Counter, dict))
print(deque[int], defaultdict[str, int], OrderedDict[str, int], Counter[str], ChainMap[str, int])
print(UserDict[str, int], UserList[int], UserString[int], type(deque[int]).__name__)
queue: deque[int] = deque([1])
print(queue, type(iter(queue)).__name__, type(reversed(queue)).__name__)
counts = {}
_collections._count_elements(counts, "hello")
print(sorted(counts.items()))
