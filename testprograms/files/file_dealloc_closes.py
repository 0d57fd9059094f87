# a file dropped unclosed is closed by its deallocator, or by the collector when it is in a cycle
import gc
import io
import os

NAME = '_scratch_dealloc.txt'
gc.collect()

f = open(NAME, 'w')
buffer = f.buffer
raw = buffer.raw
f.write('written before del\n')
print(f.closed, buffer.closed, raw.closed)
del f
print(buffer.closed, raw.closed)
del buffer, raw

with open(NAME) as f:
    print(repr(f.read()))

def write_and_drop(text):
    g = open(NAME, 'a')
    g.write(text)

write_and_drop('from a function\n')
with open(NAME) as f:
    print(f.readlines())

class Holder:
    pass

h = Holder()
h.self = h
h.file = open(NAME)
print(repr(h.file.readline()))
raw = h.file.buffer.raw
del h
print(raw.closed)
print(gc.collect() > 0, raw.closed)
del raw

r = open(NAME, 'rb', buffering=0)
b = open(NAME, 'rb')
print(r.read(4), b.read(4))
del r, b
files = [open(NAME) for _ in range(20)]
print(len(set(f.fileno() for f in files)), sum(len(f.read()) for f in files))
del files

s = io.StringIO('memory')
del s
os.remove(NAME)
print(os.path.exists(NAME))
