# The builtins module is in sys.modules, so that `import builtins` gives the module whose names
# every frame sees; a name set on it is seen everywhere, and goes with del.
import builtins
import sys

print(builtins.__name__, builtins.len is len, builtins.print is print)
print(sys.modules['builtins'] is builtins, repr(builtins))
builtins.answer = 42

def read():
    return answer
print(read())
del builtins.answer
try:
    read()
except NameError as e:
    print('NameError:', e)
from builtins import max as biggest
print(biggest(3, 9, 4))
real_len = builtins.len
builtins.len = lambda x: -1
print(len('abc'))
builtins.len = real_len
print(len('abc'))
