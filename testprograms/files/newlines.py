# newline translation: universal newlines on read, newline='' / '\n' / '\r' / '\r\n'
import os

NAME = '_scratch_newlines.txt'
RAW = b'one\ntwo\r\nthree\rfour\r\n\r\nfive'

with open(NAME, 'wb') as f:
    f.write(RAW)

for nl in (None, '', '\n', '\r', '\r\n'):
    with open(NAME, newline=nl) as f:
        lines = list(f)
    with open(NAME, newline=nl) as f:
        text = f.read()
    with open(NAME, newline=nl) as f:
        pieces = [f.read(3), f.readline(), f.readline(2), f.tell()]
    print(repr(nl), lines, repr(text), pieces)

for nl in (None, '', '\n', '\r', '\r\n'):
    with open(NAME, 'w', newline=nl) as f:
        print(f.write('a\nb\r\nc\rd\n'), end=' ')
        f.writelines(['x\n', 'y'])
        print('z', file=f)
    with open(NAME, 'rb') as f:
        print(repr(nl), f.read())

# a \r\n that falls across a chunk of the decoder
with open(NAME, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\nlast\r')
with open(NAME) as f:
    first = f.readline()
    print(len(first), repr(first[-2:]), f.tell(), repr(f.readline()), repr(f.readline()))
with open(NAME, newline='') as f:
    print([len(l) for l in f])

# tell and seek give back a position that reads the same again
with open(NAME, 'wb') as f:
    f.write(b'ab\r\ncd\r\nef\n')
with open(NAME) as f:
    print(repr(f.readline()), end=' ')
    pos = f.tell()
    print(pos, repr(f.readline()), f.seek(pos), repr(f.read()))
with open(NAME, 'r+') as f:
    f.readline()
    f.write('XY')
with open(NAME, 'rb') as f:
    print(f.read())
os.remove(NAME)
