# int.to_bytes and int.from_bytes
for n in [0, 1, 255, 256, 1024, 2**64 - 1, 2**100]:
    size = max(1, (n.bit_length() + 7) // 8)
    print(n, n.to_bytes(size, 'big'), n.to_bytes(size, 'little'), n.to_bytes(size + 1, byteorder='big'))
print((1).to_bytes(), (0).to_bytes(0, 'big'), (65).to_bytes(length=2, byteorder='little'))
for n in [-1, -128, -129, 127, -2**63]:
    print(n, n.to_bytes(9, 'big', signed=True), n.to_bytes(2 if -2**15 <= n < 2**15 else 9, 'little', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b''), int.from_bytes(b'\xff'))
print(int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'\xff\x7f', 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255,), byteorder='little'), int.from_bytes(bytes=b'\x01\x00'))
print(int.from_bytes(b'\x80' + bytes(15), 'big', signed=True) == -2**127, int.from_bytes(range(3), 'big'))
big = 123456789012345678901234567890
print(int.from_bytes(big.to_bytes(20, 'little'), 'little') == big, (-big).to_bytes(16, 'big', signed=True).hex())
print(True.to_bytes(1, 'big'), (5).to_bytes(True, 'big'), int.from_bytes(b'\x01', 'big', signed=False))
for call in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
             lambda: (-129).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big'),
             lambda: (1).to_bytes('1', 'big'), lambda: (1).to_bytes(1, 0), lambda: int.from_bytes('ab', 'big'),
             lambda: int.from_bytes(b'a', 'x'), lambda: int.from_bytes(5, 'big'), lambda: int.from_bytes([256], 'big'),
             lambda: (1).to_bytes(1, 'big', True), lambda: int.from_bytes(), lambda: (0).to_bytes(0, 'big', signed=True)]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
