# Word frequency count over a text: normalisation, counting, ranking, simple statistics.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
def words(text):
    out = []
    for raw in text.split():
        w = "".join(c for c in raw.lower() if c.isalpha())
        if w:
            out.append(w)
    return out
ws = words(TEXT)
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
print(len(ws), "words,", len(counts), "distinct")
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in ranked[:8]:
    print("%-8s %3d %s" % (w, n, "#" * n))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
once = sorted(w for w, n in counts.items() if n == 1)
print("hapax legomena:", once)
print("average word length: %.3f" % (sum(len(w) for w in ws) / len(ws)))
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
