# string: the character-class constants and capwords()
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'whitespace', 'printable']:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(all(c.isprintable() or c in string.whitespace for c in string.printable))
print([c for c in string.punctuation if c.isalnum()])

print(repr(string.capwords('hello   wORLD  of  python ')))
print(repr(string.capwords('  leading and trailing  ')))
print(repr(string.capwords('a-b-c d', '-')))
print(repr(string.capwords('x,,y,z', ',')))
print(repr(string.capwords('tab\tsep\nnew line')))
print(repr(string.capwords('')), repr(string.capwords('ß straße')))
print(repr(string.capwords("they're bill's friends")))
print(repr(string.capwords('ﬁne ǆungla')))
try:
    string.capwords('one two', '')
except ValueError as e:
    print(type(e).__name__, e)
try:
    string.capwords(5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    string.capwords('a b', 3)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(string.__all__))
