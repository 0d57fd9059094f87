# String indexing and slicing, including negative indices and steps.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[-1:-4:-1], s[None:None:None], s[slice(1, 4)], s[slice(None, None, -3)])
sl = slice(1, 8, 2)
print(sl.start, sl.stop, sl.step, sl, s[sl])
print(slice(-3, None).indices(10), slice(None, None, -1).indices(5))
for i in range(-3, 3):
    print(i, s[i], s[i:], s[:i])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
