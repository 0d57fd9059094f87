# bytes(): from counts, iterables, str with encoding, __bytes__, bytes; subclasses
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(97, 100)), bytes(b'copy'))
print(bytes(iter([1, 2])), bytes(x for x in [104, 105]), bytes({7: 'a'}), bytes(True), bytes(0))
class Index:
    def __index__(self):
        return 2
print(bytes(Index()), bytes([Index(), 3]), b'abc'[Index()], b'ab' * Index())
class Own:
    def __bytes__(self):
        return b'own'
class Wrong:
    def __bytes__(self):
        return 'str'
print(bytes(Own()), int.from_bytes(Own(), 'big') == int.from_bytes(b'own', 'big'))
class MyBytes(bytes):
    def shout(self):
        return self.upper() + b'!'
m = MyBytes(b'hey')
print(m, repr(m), type(m).__name__, m.shout(), len(m), m[0], m[1:], m == b'hey', hash(m) == hash(b'hey'))
print(isinstance(m, bytes), type(m + b'x').__name__, type(m.strip()).__name__, type(m[:]).__name__, bytes(m))
print(MyBytes([1, 2]), MyBytes(2), MyBytes('é', 'utf-8'), b'-'.join([m, m]), m.decode(), m in [b'hey'])
print(type(bytes(m)).__name__, m.hex(), b'%s' % m, m.split(b'e'), str(m), f'{m!r}')
for call in [lambda: bytes(-1), lambda: bytes('abc'), lambda: bytes(1.5), lambda: bytes([256]), lambda: bytes([-1]),
             lambda: bytes(['a']), lambda: bytes(1, 'utf-8'), lambda: bytes(b'x', 'ascii'), lambda: bytes(errors='x'),
             lambda: bytes('a', errors='strict'), lambda: bytes(Wrong()), lambda: bytes(None), lambda: bytes(x=1),
             lambda: bytes(1, 2, 3, 4), lambda: bytes('a', 1), lambda: MyBytes(1.5), lambda: bytes([1.0])]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
