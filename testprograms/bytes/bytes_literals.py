# bytes literals: prefixes, quotes, escapes, concatenation, constants
print(b'abc', B"abc", rb'a\nb', Rb"\x41", bR'\\', BR'q')
print(b'''triple
quoted''', b"""x'y"z""")
print(b'\x00\x7f\x80\xff', b'\n\t\r\\', b'\a\b\f\v', b'\0\07\101\777')
print(b'\u1234 \N{DASH} \d \q', rb'\x', br'\'')
print(b'it\'s', b"say \"hi\"", b'both \' and "', b"only '")
print(b'con' b'cat' B"enation", b'' b'')
print(b'line \
continued')
print(type(b''), len(b''), len(b'\x00'), b'' == b'', b'a' == 'a', b'a' != 'a')
x = b'abc'
print(x[0], x[-1], x[1:], x[::-1], x[::2], x[5:], x[:-5])
print(b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -1, b'a' + b'bc')
print(repr(b"'"), repr(b'"'), repr(b'\'"'), str(b'xy'), f'{b"z"}', '%s' % b'w')
print(bool(b''), bool(b'\x00'), not b'', b'a' < b'b', b'ab' < b'a', b'a' <= b'a', b'b' > b'abc')
print(list(b'hi'), tuple(b'\x01\x02'), sorted(b'cab'), max(b'az'), sum(b'\x01\x02\x03'))
print(97 in b'abc', 200 in b'abc', b'bc' in b'abc', b'' in b'abc', b'ac' in b'abc')
print(hash(b'abc') == hash('abc'), hash(b'') == hash(''), hash(b'x') == hash(b'x'))
print({b'a': 1, b'b': 2}[b'b'], {b'a', b'a', b'b'} == {b'a', b'b'})
print(isinstance(b'', bytes), issubclass(bytes, object), bytes.__name__, type(b'x').__name__)
for b in b'AZ':
    print(b, end=' ')
print()
it = iter(b'xy')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
def f():
    return b'const'
print(f() is f(), f.__code__.co_consts)
