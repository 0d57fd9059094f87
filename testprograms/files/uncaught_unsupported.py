# uncaught on purpose: io.UnsupportedOperation prints with its module's name
import os
NAME = '_scratch_uncaught_unsupported.txt'
with open(NAME, 'w') as f:
    f.write('x')
f = open(NAME)
os.remove(NAME)
f.write('y')
