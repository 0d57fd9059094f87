# bytes with the builtins: int, float, ord, format, f-strings, containers, dunders, subclasses
import sys
x = b'a'
x += b'b'
x *= 2
print(x, {b'a', 'a'} == {'a', b'a'}, len({b'a', 'a'}), {b'a': 1, 'a': 2})
print(f'{x!r} {x!s} {x!a}', '{}|{!r}'.format(x, b'\xe9'), format(b'x'), [b'a', (b'b',)], str([b'\x00']))
try:
    format(b'x', 's')
except TypeError as e:
    print('TypeError:', e)
try:
    sys.stdout.write(b'x')
except TypeError as e:
    print('TypeError:', e)
try:
    print('a', sep=b'')
except TypeError as e:
    print('TypeError:', e)
try:
    ''.join([b'a'])
except TypeError as e:
    print('TypeError:', e)
class B(bytes):
    def __new__(cls, n):
        return super().__new__(cls, [n, n])
    def __repr__(self):
        return 'B!'
b = B(65)
print(b, repr(b), bytes(b), b + b'x', b == b'AA', B.__mro__, type(b).__mro__[1].__name__)
class C(bytes):
    pass
c = C(b'xyz')
c.attr = 5
print(c.attr, c, c[1:], c.upper(), sorted([b'b', b'a', b'ab']), min(b'zy'), bytes.__len__(b'abc'))
print(bytes.__getitem__(b'abc', 1), b'abc'.__contains__(98), bytes.__add__(b'a', b'b'), bytes.__mod__(b'%d', 5))
print(b'abc'.__eq__('abc'), b'abc'.__hash__() == hash(b'abc'), bytes.__new__(bytes, 3), bytes.__bytes__(b'q'))
print(int(b'12'.decode()), float(b'1.5'.decode()), sys.getsizeof(b'') <= sys.getsizeof(b'x' * 100))
for f in [lambda: int(b'12'), lambda: int(b' 0x1f ', 16), lambda: int(b'z'), lambda: float(b'1.5'), lambda: float(b'x'),
          lambda: int(b'1_000', base=0), lambda: int(b'\xe9'), lambda: float(b' -inf '), lambda: ord(b'a'), lambda: ord(b'ab'),
          lambda: chr(b'a'[0]), lambda: list(reversed(b'abc')), lambda: bool(b' '), lambda: abs(b'a'), lambda: -b'a',
          lambda: b'%s' % [b'x'], lambda: b'abc'[True], lambda: hex(b'\x10'[0]), lambda: ascii(b'\xe9'),
          lambda: sum([b'a'], b''), lambda: sorted(b'ba', reverse=True), lambda: set(b'aab') == {97, 98}]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
