# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's options, and their errors
import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, long-standing "
        "tradition -- or so they said -- that foxes jumped over dogs on Tuesdays.")
for width in (10, 20, 35, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 25, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 12))
print(textwrap.fill("Hello there.  How are you? Fine.", 40, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\tthere", 12), textwrap.wrap("tabs\there", 12, tabsize=4))
print(textwrap.wrap("line one\nline two", 40), textwrap.wrap("line one\nline two", 40, replace_whitespace=False))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 30, max_lines=3, placeholder=" ..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 40, placeholder=" [more]"))
print(textwrap.wrap("", 10), textwrap.fill("   ", 10), textwrap.wrap("word", 1))
w = textwrap.TextWrapper(width=15, initial_indent="> ")
print(w.wrap("reusing one wrapper for several texts"), w.fill("and again"))
w.width = 8
print(w.wrap("now narrower than before"))

print(repr(textwrap.dedent("""\
    def f():
        return 1

    print(f())
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n    y\n  ")), repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.indent("one\n\ntwo\n", "  ")), repr(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "| ")))

for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("some text", 4, max_lines=1),
            lambda: textwrap.shorten("a b c", 3)]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.wrap("x", width="10")
except TypeError as e:
    print("TypeError", e)
