# dicts keep insertion order through deletes and re-inserts; iteration while mutating fails.
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(d)
del d[3]
d[3] = "back"
print(d)
d[5] = "updated"
print(list(d))
for i in range(100):
    d[i + 1000] = i
for i in range(100):
    del d[i + 1000]
print(d)
print(list(reversed(d)), list(reversed(d.items()))[:2])
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
try:
    for k in d:
        d[k * 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
