# str.encode and bytes.decode: codecs, aliases, error handlers
text = 'aé€😀'
for enc in ['utf-8', 'utf8', 'UTF-8', 'U8', 'utf_8', 'latin-1', 'latin1', 'iso-8859-1', 'L1', 'ascii', 'US-ASCII']:
    print(enc, text[:2].encode(enc, 'replace'), text.encode(enc, 'ignore'))
print(text.encode(), text.encode('utf-8').decode(), 'abc'.encode('ascii'), ''.encode(), b''.decode())
print(text.encode(encoding='utf-8', errors='strict'), b'caf\xc3\xa9'.decode(encoding='utf-8'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xe9', 'latin-1'), str(b'ab', encoding='ascii'), str(b'x', errors='ignore'))
print(bytes('é', 'utf-8'), bytes('é', 'latin-1'), bytes('a€', 'ascii', 'replace'), bytes('x', encoding='ascii'))
for h in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'xmlcharrefreplace', 'namereplace']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        try:
            print(h, enc, 'aé€😀'.encode(enc, h))
        except UnicodeEncodeError as e:
            print(h, enc, 'UnicodeEncodeError:', e, e.encoding, e.start, e.end, e.reason, e.object == 'aé€😀')
raw = b'a\xe9\xff\xe2\x82\xac\xf0\x9f\x98\x80\xed\xa0\x80\xc3\xe2\x82'
for h in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        try:
            print(h, enc, ascii(raw.decode(enc, h)))
        except UnicodeDecodeError as e:
            print(h, enc, 'UnicodeDecodeError:', e, e.encoding, e.start, e.end, e.reason, e.object == raw)
print(ascii(b'\xff\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape')))
print('\udcff'.encode('ascii', 'surrogateescape'), '\ud800'.encode('utf-8', 'surrogatepass'))
print(ascii(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')), ascii(b'\xf4\x90\x80\x80'.decode('utf-8', 'replace')))
for bad in [b'\x80', b'\xc0\x80', b'\xe0\x80\x80', b'\xf0\x80\x80\x80', b'\xf5', b'\xc3', b'\xe2\x82', b'\xed\xb0\x80', b'a\xc3(']:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(bad, e)
for enc, s in [('utf-16', 'hé😀'), ('utf-16-le', 'ab'), ('utf-16-be', 'ab'), ('utf-32', 'x😀'), ('utf-32-be', 'y')]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf16'), ascii(b'\x00\xd8a\x00'.decode('utf-16-le', 'replace')))
for call in [lambda: 'x'.encode('klingon'), lambda: b'x'.decode('nope'), lambda: 'é'.encode('ascii', 'bogus'),
             lambda: 'x'.encode('ascii', 'bogus'), lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'),
             lambda: b'a\x00b'.decode('utf-32'), lambda: b'\x00\xdc'.decode('utf-16-le'), lambda: 'x'.encode(1)]:
    try:
        print(call())
    except (LookupError, UnicodeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
e = UnicodeDecodeError('ascii', b'xyz', 1, 3, 'made up')
print(e, e.args, e.start, e.end, e.object, isinstance(e, ValueError), isinstance(e, UnicodeError))
e = UnicodeEncodeError('latin-1', 'ab\u1234', 2, 3, 'nope')
print(e, repr(e), e.encoding)
try:
    UnicodeDecodeError('x')
except TypeError as t:
    print('TypeError:', t)
