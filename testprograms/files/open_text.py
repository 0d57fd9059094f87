# open() for text: write, read, with, iteration, readline, seek/tell, append, r+, w+
import os

NAME = '_scratch_open_text.txt'

with open(NAME, 'w') as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.errors, f.closed)
    print(f.write('alpha\nbeta\n'), f.writable(), f.readable(), f.seekable())
    f.writelines(['gamma\n', 'delta'])
    print('\nepsilon', file=f)
print(f.closed)

with open(NAME) as f:
    print(repr(f.read()))
with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(NAME, encoding='utf-8') as f:
    print(repr(f.readline()), f.tell(), repr(f.readline(2)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    f.seek(6)
    print(repr(f.read(4)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
with open(NAME) as f:
    print(f.readlines(8))
    print(list(f))

with open(NAME, 'a') as f:
    print(f.tell(), f.write('zeta\n'))
with open(NAME, 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('ALPHA')
    f.seek(0)
    print(repr(f.readline()))
with open(NAME, 'w+') as f:
    print(repr(f.read()), f.write('one\ntwo\nthree\n'), f.tell())
    f.seek(4)
    print(repr(f.readline()), f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
print(os.path.getsize(NAME))

f = open(NAME)
print(next(f), iter(f) is f)
f.close()
f.close()
for op in (f.read, f.readline, lambda: f.write('x'), f.tell, lambda: iter(f), lambda: next(f)):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
try:
    with f:
        pass
except ValueError as e:
    print('ValueError:', e)

try:
    open('_scratch_missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, '|', e)
try:
    open('_scratch_missing.txt')
except OSError as e:
    print(isinstance(e, FileNotFoundError), e.args)

os.remove(NAME)
print(os.path.exists(NAME))
