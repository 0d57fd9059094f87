# bytes: case, classification, padding, tabs, hex, translate
s = b'Hello World 42 \xe9\xff'
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print(b'hELLO wORLD'.capitalize(), b"they're bill's friends".title(), b'a1b2 c3d4'.title(), b''.upper())
for t in [b'', b'abc', b'ABC', b'Abc', b'abc1', b'123', b' \t\n', b'Ab Cd', b'AB CD', b'ab cd', b'\x80', b'a-b', b'1A']:
    print(t, t.isalnum(), t.isalpha(), t.isascii(), t.isdigit(), t.islower(), t.isspace(), t.istitle(), t.isupper())
print(b'ab'.center(7), b'ab'.center(7, b'*'), b'ab'.center(6, b'-'), b'abc'.center(2), b'a'.center(4, b'.'))
print(b'ab'.ljust(5), b'ab'.ljust(5, b'_'), b'ab'.rjust(5), b'ab'.rjust(5, b'0'), b'ab'.ljust(-1))
print(b'42'.zfill(5), b'-42'.zfill(6), b'+7'.zfill(4), b'abc'.zfill(2), b''.zfill(3), b'-'.zfill(3))
print(b'a\tb\tc'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'12345\t\n\tx'.expandtabs(tabsize=3), b'\t'.expandtabs(0))
print(b'\x00\x0f\xf0\xff'.hex(), b''.hex(), b'abc'.hex(':'), b'abcdef'.hex(b'-', 2), b'abcdef'.hex(' ', -4))
print(b'abcde'.hex(':', 2), b'abcde'.hex(':', -2), b'abcde'.hex('|', 5), b'abcde'.hex('|', 0), b'ab'.hex(sep='.'))
print(bytes.fromhex('00ff 10'), bytes.fromhex(''), bytes.fromhex(' 1a2B3c '), b'x'.fromhex('41'))
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], b'aabbcc'.translate(table), b'abcdef'.translate(table, b'df'))
print(b'abcdef'.translate(None, b'ace'), b'hello'.translate(None), b'hello'.translate(None, delete=b'l'))
print(bytes.maketrans(b'', b'')[:5], b'ab'.translate(bytes(range(255, -1, -1))))
print(b'a%sb' % b'X', b'%d-%05.1f-%x-%o-%c-%c' % (42, 3.14159, 255, 8, 65, b'Z'), b'%r|%a' % ('\xe9', b'q'))
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, b'%-5b|%5s|%.2s' % (b'ab', b'cd', b'efg'), b'100%%' % ())
print(b'%s' % bytes(2), b'%b' % (b'x',), b'%i %u %X %e %g' % (1, 2, 255, 1.5, 2.5), b'%+d % d' % (3, 4))
class B:
    def __bytes__(self):
        return b'from __bytes__'
print(bytes(B()), b'%s' % B(), b'x'.join([b'a']) == b'a', b'Ab'.swapcase().swapcase())
