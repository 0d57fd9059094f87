# Strs built by +, *, slicing and join from parts of different widths (1, 2 and 4 bytes a code
# point) and at every alignment: the result equals, hashes and compares as one written out.

parts = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'é', 'ñandú', 'Ω', 'αβγ', '€uro', '𝄞', 'x𝄞y', '\x00\x7f\x80\xff']
total = 0
for a in parts:
    for b in parts:
        s = a + b
        assert len(s) == len(a) + len(b)
        assert s == ''.join([a, b]) == '%s%s' % (a, b)
        assert hash(s) == hash(''.join(list(s)))
        assert s[:len(a)] == a and s[len(a):] == b
        total += len(s)
print(total)

text = 'plain ascii, then latin-1: café, then greek: αβγ, then a clef: 𝄞 and back to ascii'
for start in range(0, len(text), 7):
    for n in (0, 1, 2, 3, 5, 8, 13, 40):
        piece = text[start:start + n]
        assert piece == ''.join(text[i] for i in range(start, min(start + n, len(text))))
        assert hash(piece) == hash(''.join(list(piece)))
print(text[27:32], text[44:47], text[58:64], ascii(text[60:70]))
print([text[i:i + 3].isascii() for i in (0, 26, 44, 60)])

for s in ['ab', 'é', 'αβ', '𝄞', 'abc']:
    for n in (0, 1, 2, 3, 5, 17):
        r = s * n
        assert r == ''.join([s] * n) and len(r) == len(s) * n
        assert hash(r) == hash(''.join(list(r)))
print(('xy' * 9)[5:13], ('é' * 7)[2:5], ('ab𝄞' * 4)[3:8])

print('-'.join(['a', 'é', 'Ω', '𝄞', 'z']))
print(', '.join(p for p in parts if p))
print('αβ'.join(['x', 'y', 'z']), '𝄞'.join(['', '']), ''.join([]) == '', 'é'.join(['only']))
print(sorted({'a' + 'b', 'ab', 'a' + 'b' * 1, 'é' + 'e', 'ée'[:1] + 'e'}))
big = ''.join(str(i) for i in range(2000))
print(len(big), big[1000:1010], big[-7:], hash(big) == hash(big[:3000] + big[3000:]))
