# The common str methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(s.lower(), s.upper(), "hello world".title(), "hELLO".capitalize(), "AbC".swapcase())
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("  x  y ".split(" "), "".split(), "".split(","))
print("l1\nl2\r\nl3\n".splitlines(), "l1\nl2\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"))
print("hello".count("l"), "aaaa".count("aa"), "hello".count(""))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), "Ab".isupper(), "ab".islower())
print("12".isdecimal(), "x1".isidentifier(), "Title Case".istitle(), "".isalpha())
print(repr("ab".center(7)), repr("ab".ljust(5, "*")), repr("ab".rjust(5)), "42".zfill(5), "-42".zfill(5))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"))
print("hello world".removeprefix("hello "), "file.py".removesuffix(".py"))
print("tab\there".expandtabs(4), repr("ab\tc".expandtabs()))
print("abc" * 3, 3 * "ab", "a" + "b", "ab" * 0, "ab" * -1)
print("b" in "abc", "x" not in "abc", "" in "abc", len("héllo"))
print(str(12), str(1.5), str(None), str([1, "a"]), str(True))
print("%s|%r" % ("q'uote", "q'uote"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
