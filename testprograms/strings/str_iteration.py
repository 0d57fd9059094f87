# Iterating over strings, building strings, and ord/chr round trips.
word = "Mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(list("abc"), tuple("ab"), sorted("banana"), set("aab") == {"a", "b"})
print([c.upper() for c in "abc" if c != "b"])
print("".join(reversed("stressed")), "".join(sorted("dcba")))
shifted = "".join(chr((ord(c) - ord("a") + 13) % 26 + ord("a")) for c in "hello")
print(shifted)
print(max("hello"), min("hello"), "hello".index(max("hello")))
print([ord(c) for c in "AZaz09"], "".join(chr(i) for i in range(65, 75)))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
print("a" < "b" < "c", "apple" < "apricot", "Z" < "a")
print(str.upper("x"), str.join(",", ["a", "b"]))
