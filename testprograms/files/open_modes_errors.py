# open()'s argument checks, and the OSError subclasses and UnsupportedOperation files raise
import io
import os

NAME = '_scratch_open_modes.txt'
DIR = '_scratch_open_modes_dir'
with open(NAME, 'w') as f:
    f.write('data\n')
os.mkdir(DIR)

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
        r.close()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

for mode in ['rw', 'rr', 'q', '', 'tb', '+', 'U', 'rU', 'wx', 'r+b+', 'rt', 'br', 'bx', 'a+t']:
    attempt(repr(mode), lambda: open(NAME if 'x' not in mode else NAME + '.x', mode))
attempt('int mode', lambda: open(NAME, 5))
attempt('encoding b', lambda: open(NAME, 'rb', encoding='utf-8'))
attempt('errors b', lambda: open(NAME, 'rb', errors='strict'))
attempt('newline b', lambda: open(NAME, 'rb', newline=''))
attempt('newline x', lambda: open(NAME, newline='x'))
attempt('newline 5', lambda: open(NAME, newline=5))
attempt('encoding 5', lambda: open(NAME, encoding=5))
attempt('encoding nope', lambda: open(NAME, encoding='nope'))
attempt('unbuffered text', lambda: open(NAME, buffering=0))
attempt('float file', lambda: open(5.5))
attempt('missing', lambda: open('_scratch_no_such_file'))
attempt('dir', lambda: open(DIR))
attempt('dir w', lambda: open(DIR, 'w'))
attempt('exists x', lambda: open(NAME, 'x'))
attempt('not dir', lambda: open(NAME + '/inner'))
attempt('no parent', lambda: open('_scratch_no_dir/inner', 'w'))
attempt('kw', lambda: open(file=NAME, mode='rb'))
attempt('bad kw', lambda: open(NAME, flags=1))

print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
with open(NAME) as f:
    for op in (lambda: f.write('x'), lambda: f.writelines(['x']), lambda: f.truncate(0)):
        try:
            op()
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation:', e)
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
    for args in ((-1,), (1, 2), (0, 3)):
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__ + ':', e)
    try:
        f.read('a')
    except TypeError as e:
        print('TypeError:', e)
with open(NAME, 'a') as f:
    for op in (f.read, f.readline, lambda: list(f)):
        try:
            op()
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation:', e)
    try:
        f.write(b'bytes')
    except TypeError as e:
        print('TypeError:', e)
with open(NAME, 'rb') as f:
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
with open(NAME, 'wb') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)

os.remove(NAME)
os.remove(NAME + '.x')
os.rmdir(DIR)
print(os.path.exists(NAME), os.path.exists(DIR), os.path.exists(NAME + '.x'))
