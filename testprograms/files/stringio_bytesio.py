# io.StringIO and io.BytesIO: getvalue, read/write, seek/tell, truncate, iteration, errors
import io

s = io.StringIO()
print(type(s).__name__, s.write('hello\n'), s.write('wörld\n'), s.tell(), repr(s.getvalue()))
print(s.seek(0), repr(s.read(3)), repr(s.readline()), repr(s.readline(2)), s.readlines())
s.seek(2)
print(s.write('LL'), repr(s.getvalue()), s.tell(), repr(s.read()))
print(s.seek(20), s.write('!'), repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell(), s.seek(0, 2), s.seek(0, 1))
s.writelines(['a\n', 'b\n'])
print(list(io.StringIO(s.getvalue())), s.readable(), s.writable(), s.seekable(), s.isatty())
print(list(io.StringIO('x\ny\n')), io.StringIO('abc').read(), io.StringIO(None).getvalue() == '')
print(repr(io.StringIO('a\r\nb\rc', newline=None).getvalue()), list(io.StringIO('a\r\nb\rc\n', newline='')))
print(io.StringIO('a\nb', newline='\r\n').getvalue().encode(), list(io.StringIO('a\rb\rc', newline='\r')))
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
for op in (c.read, c.getvalue, lambda: c.write('x'), c.tell, lambda: iter(c), c.readable):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
for bad in (lambda: io.StringIO(b'x'), lambda: io.StringIO().write(b'x'), lambda: io.StringIO(newline='x'),
            lambda: io.StringIO('ab').seek(-1), lambda: io.StringIO('ab').seek(1, 1), lambda: io.StringIO().seek(0, 3),
            lambda: io.StringIO().truncate(-1), lambda: io.StringIO().fileno()):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ':', e)
print(type(io.StringIO()).__module__, io.StringIO.__name__)

b = io.BytesIO(b'abc\ndef\n')
print(type(b).__name__, b.read(2), b.tell(), b.readline(), b.read(), b.read(), b.getvalue())
print(b.seek(1), b.write(b'XY'), b.getvalue(), b.seek(-2, 2), b.read(), b.seek(-50, 1))
print(b.seek(10), b.write(b'z'), b.getvalue(), b.truncate(4), b.getvalue(), b.tell())
b = io.BytesIO()
print(b.write(b'one\n'), b.write(bytes([116, 119, 111, 10])), b.getvalue())
b.seek(0)
print(list(b), b.seek(0), b.readlines(), b.seek(0), b.read1(2), b.readline(1))
b.writelines([b'p', b'q'])
print(b.getvalue(), io.BytesIO(b'12').read(-1), io.BytesIO().read())
for bad in (lambda: io.BytesIO('x'), lambda: io.BytesIO().write('x'), lambda: io.BytesIO().seek(-1),
            lambda: io.BytesIO().seek(0, 3), lambda: io.BytesIO().truncate(-1), lambda: io.BytesIO().fileno()):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ':', e)
b.close()
for op in (b.read, b.getvalue, lambda: b.write(b'x'), b.tell):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
print(b.closed, iter(b) is b)
