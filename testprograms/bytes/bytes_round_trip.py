# an everyday script: text through encodings, a hex dump, a binary record packed and parsed by hand
text = 'Grüße, 世界! 😀 naïve café'

def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        shown = bytes(b if 32 <= b < 127 else 46 for b in chunk).decode('ascii')
        print(f'{off:04x}  {chunk.hex(" "):<{width * 3}} |{shown}|')

for enc in ['utf-8', 'utf-16-le', 'latin-1', 'ascii']:
    data = text.encode(enc, errors='replace')
    back = data.decode(enc)
    print(enc, len(data), back == text, repr(back[:12]))
hexdump(text.encode()[:24])

def checksum(data):
    total = 0
    for b in data:
        total = (total * 31 + b) & 0xFFFFFFFF
    return total

ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
def b64(data):
    out = []
    for i in range(0, len(data), 3):
        group = data[i:i + 3]
        n = int.from_bytes(group + bytes(3 - len(group)), 'big')
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append(bytes(chars[:len(group) + 1]) + b'=' * (3 - len(group)))
    return b''.join(out)

print(checksum(text.encode()), b64(b'hello'), b64(b'hi!'), b64(b''), b64(text.encode()[:10]))

def pack(records):
    out = [len(records).to_bytes(2, 'little')]
    for name, value in records:
        raw = name.encode()
        out.append(len(raw).to_bytes(1, 'big') + raw + value.to_bytes(4, 'big', signed=True))
    return b''.join(out)

def unpack(blob):
    count = int.from_bytes(blob[:2], 'little')
    pos, records = 2, []
    for _ in range(count):
        size = blob[pos]
        name = blob[pos + 1:pos + 1 + size].decode()
        value = int.from_bytes(blob[pos + 1 + size:pos + 5 + size], 'big', signed=True)
        records.append((name, value))
        pos += 5 + size
    return records

blob = pack([('alpha', 1), ('βeta', -2), ('', 2**31 - 1)])
print(blob, len(blob), unpack(blob))
lines = b'name,qty\r\nbolts,12\r\nnuts,7\r\n'.splitlines()
header, rows = lines[0].split(b','), [line.split(b',') for line in lines[1:]]
print(header, sum(int(q) for _, q in rows), b' | '.join(n.upper().center(7, b'.') for n, _ in rows))
try:
    blob[8:20].decode('ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e.reason, e.start, e.end)
