# Escape sequences in literals, raw strings, and how len/repr see them.
s = "tab\tnew\nquote\"single'back\\bell\a"
print(len(s))
print(repr(s))
print("\x41\x42", "\101\102", "\u00e9", "\u20ac", "\N{GREEK SMALL LETTER ALPHA}" if False else "skip")
print(r"raw\n\t", len(r"\n"), repr(r"a\b"))
print("line1\
continued")
print("""triple
quoted "with" 'quotes'""")
print('''single "triple"''')
print("adjacent" " literals" ' concatenate')
print(repr("\0"), repr("\x7f"), repr("\x1b[0m"), repr("\r\n"))
print(ord("\n"), ord("\t"), ord("\\"), chr(10) == "\n")
print(repr("é"), repr("\u200b"), repr("日本"), len("日本"))
print("{}".format("\x00") == "\0")
