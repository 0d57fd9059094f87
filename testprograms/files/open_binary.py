# open() in binary mode: the buffered types, FileIO with buffering=0, bytes in and out
import os

NAME = '_scratch_open_binary.bin'

with open(NAME, 'wb') as f:
    print(type(f).__name__, f.name, f.mode, f.raw.mode, f.closed)
    print(f.write(b'line one\nline two\n'), f.write(bytes(range(250, 256))), f.tell())
    f.writelines([b'\x00\x01', b'end\n'])
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError:', e)
    print(f)

with open(NAME, 'rb') as f:
    print(type(f).__name__, f.mode, f.readable(), f.writable())
    print(f.read(4), f.tell(), f.readline(), f.readline(3), f.readline())
    print(f.read())
    print(f.read(), f.seek(-4, 2), f.read(2), f.seek(1, 1), f.read())
    f.seek(0)
    print(list(f))
    f.seek(0)
    print(f.readlines())
    print(f.read1(3) if f.seek(5) == 5 else None)
    try:
        f.seek(0, 5)
    except ValueError as e:
        print('ValueError:', e)
    try:
        f.read(-2)
    except ValueError as e:
        print('ValueError:', e)

with open(NAME, 'r+b') as f:
    print(type(f).__name__, f.mode, f.read(4), f.seek(0), f.write(b'LINE'), f.tell())
    f.seek(0)
    print(f.readline(), f.truncate(20), f.seek(0, 2))

with open(NAME, 'ab') as f:
    print(type(f).__name__, f.mode, f.tell(), f.write(b'+tail'))

raw = open(NAME, 'rb', buffering=0)
print(type(raw).__name__, raw.mode, raw.closefd, raw)
print(raw.read(4), raw.readall(), raw.read(), raw.seek(0), raw.readline())
raw.close()
print(raw, raw.closed)

with open(NAME, 'wb', buffering=0) as raw:
    print(type(raw).__name__, raw.write(b'abc'), raw.mode)
    try:
        raw.read()
    except OSError as e:
        print(type(e).__name__, e)
with open(NAME, 'xb' if not os.path.exists(NAME) else 'rb') as f:
    print(f.read(), os.path.getsize(NAME))

f = open(NAME, 'rb')
f.close()
for op in (f.read, f.readline, f.tell, lambda: f.seek(0), f.fileno):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
os.remove(NAME)
