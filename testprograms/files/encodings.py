# encodings of text files: utf-8, latin-1, ascii, utf-16 and utf-32 with their byte order marks, errors
import os

NAME = '_scratch_encodings.txt'
TEXT = 'café – naïve ☃ 𝄞\nzweite Zeile\n'

for enc in ('utf-8', 'utf8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'UTF-32-BE'):
    with open(NAME, 'w', encoding=enc) as f:
        print(enc, f.encoding, f.write(TEXT), f.write('x'), end=' ')
    with open(NAME, 'rb') as f:
        data = f.read()
    with open(NAME, encoding=enc) as f:
        back = f.readline()
        print(len(data), data[:6], back == TEXT.split('\n')[0] + '\n', repr(f.read()))

with open(NAME, 'w', encoding='latin-1') as f:
    f.write('café ÿ\n')
with open(NAME, 'rb') as f:
    print(f.read())
with open(NAME, encoding='latin-1') as f:
    print(repr(f.read()))
try:
    with open(NAME, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
for errors in ('replace', 'ignore', 'backslashreplace', 'surrogateescape'):
    with open(NAME, encoding='utf-8', errors=errors) as f:
        s = f.read()
        print(errors, f.errors, ascii(s))
with open(NAME, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('€ and é\n')
with open(NAME, 'w', encoding='ascii', errors='backslashreplace') as f:
    f.write('€\n')
with open(NAME, 'rb') as f:
    print(f.read())
try:
    with open(NAME, 'w', encoding='ascii') as f:
        f.write('ok ')
        f.write('naïve')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
with open(NAME, 'rb') as f:
    print(f.read())
try:
    open(NAME, encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)

# a multi-byte character across the decoder's chunks
with open(NAME, 'w', encoding='utf-8') as f:
    f.write('a' * 8191 + '€' + 'b' * 8190 + '𝄞\n')
with open(NAME, encoding='utf-8') as f:
    s = f.read()
    print(len(s), s[8190:8193], s[-3:])
with open(NAME, 'w', encoding='utf-16') as f:
    f.write('ab' * 5000 + '𝄞')
with open(NAME, encoding='utf-16') as f:
    print(len(f.read()), f.tell() if False else '')
os.remove(NAME)
