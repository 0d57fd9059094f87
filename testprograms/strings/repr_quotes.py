# repr of strings chooses quotes like CPython: single unless the string has ' but no ".
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "", "'", '"',
          "new\nline", "\t", "mixed'\"\n"]:
    print(repr(s))
print([ "a'b", 'c"d' ])
print(("x",), {"k": "v'"})
print(str("it's"), "%r" % "it's", "{!r}".format('a"b'), f"{'q' + chr(39)!r}")
print(repr(repr("a")), repr(str(repr("'"))))
