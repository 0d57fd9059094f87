# Non-ASCII text: lengths in code points, case mapping, ord/chr, slicing, sorting.
s = "Grüße, 世界! café naïve"
print(s, len(s))
print(s.upper(), s.lower())
print(s[0:5], s[7:9], s[::-1])
print([ord(c) for c in "é世"], chr(233), chr(19990), "\u00fc" == "ü")
print(sorted("zäa"), "ä" > "z", "é".isalpha(), "世".isalpha(), "١٢".isdigit())
print("ß".upper(), "İ".lower() == "i̇", len("İ".lower()))
print("café".encode if False else "skip", "naïve".title(), "ÉCOLE".casefold())
words = s.split()
print(words, [len(w) for w in words])
print(repr("日本語"), ascii("日本") if False else "skip", "%s|%5s|" % ("é", "世"))
print(f"{'ü':*^5}", "{:>4}".format("界"))
