# bytes: the errors of operators and methods, with CPython's messages
s = b'abc'
calls = [
    lambda: s + 'd', lambda: 'd' + s, lambda: s * 'x', lambda: s * 1.5, lambda: s['x'], lambda: s[3], lambda: s[-4],
    lambda: s[2**70], lambda: 'a' in s, lambda: 300 in s, lambda: -1 in s, lambda: s < 'abc', lambda: s > 1,
    lambda: s.find('a'), lambda: s.count(1.5), lambda: s.index(b'z'), lambda: s.rindex(b'z'), lambda: s.index(256),
    lambda: s.count(), lambda: s.find(b'a', 'x'), lambda: s.find(b'a', 1, 2, 3), lambda: s.find(b'a', start=1),
    lambda: s.startswith('a'), lambda: s.startswith(('a',)), lambda: s.endswith(1), lambda: s.endswith(),
    lambda: b','.join(['a']), lambda: b','.join([b'a', 1]), lambda: b','.join(5), lambda: s.join(),
    lambda: s.split('a'), lambda: s.split(b''), lambda: s.rsplit(b'', 1), lambda: s.split(maxsplit='x'),
    lambda: s.split(b'a', 1, 2), lambda: s.strip('a'), lambda: s.strip(b'a', b'b'), lambda: s.partition('a'),
    lambda: s.partition(b''), lambda: s.rpartition(1), lambda: s.replace('a', b'b'), lambda: s.replace(b'a', 'b'),
    lambda: s.replace(b'a'), lambda: s.replace(b'a', b'b', 'x'), lambda: s.translate(b'x'), lambda: s.translate('x' * 256),
    lambda: bytes.maketrans(b'a', b'bc'), lambda: bytes.maketrans('a', b'b'), lambda: s.center(5, 'x'),
    lambda: s.center(5, b'xy'), lambda: s.ljust(), lambda: s.zfill('x'), lambda: s.removeprefix('a'),
    lambda: s.expandtabs('x'), lambda: s.upper(1), lambda: s.isalpha(1), lambda: s.decode(1), lambda: s.decode('utf-8', 1),
    lambda: s.decode(encoding='x', bad=1), lambda: s.hex(1), lambda: s.hex(''), lambda: s.hex('ab'), lambda: s.hex(':', 'x'),
    lambda: s.hex('\xe9'), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('a'), lambda: bytes.fromhex('a b'),
    lambda: bytes.fromhex(1), lambda: bytes.fromhex('\xe9\xe9'), lambda: b'%d' % 'x', lambda: b'%s' % 'x',
    lambda: b'%c' % 300, lambda: b'%c' % 'a', lambda: b'%c' % b'ab', lambda: b'%d %d' % (1,), lambda: b'%d' % (1, 2),
    lambda: b'%y' % 1, lambda: b'%(a)s' % 1, lambda: b'%(a)s' % {'a': b'x'}, lambda: b'%' % (), lambda: s.nothing,
    lambda: b'%x' % 1.5, lambda: s.splitlines(1, 2), lambda: s.rfind(), lambda: s.swapcase(x=1),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ':', e)
def assign():
    s[0] = 1
def delete():
    del s[0]
for f in [assign, delete]:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
