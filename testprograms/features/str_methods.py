s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(s.find("o"), s.find("o", 5), s.find("o", 5, 8), s.rfind("o"), s.find("zz"), s.rfind("zz"))
print(s.index("W"), s.rindex("l"), s.count("l"), s.count("l", 4), s.count(""), "".count(""))
for f in (s.index, s.rindex):
    try:
        f("q")
    except ValueError as e:
        print("ValueError:", e)
print(s.startswith("He"), s.startswith(("x", "Hel")), s.endswith("ld"), s.endswith("o", 0, 5))
print(s.startswith("lo", 3), s.startswith(""), s.endswith(("a", "b")))
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("", "-"), s.replace("", "-", 3))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "abc".center(2), "ab".center(5))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(2), "".zfill(3))
print("  x  ".strip(), "xxhixx".strip("x"), "  x ".lstrip(), " x  ".rstrip() + "|", "abcba".strip("ab"))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print(" a b ".split(" "), "".split(), "".split(","), "abc".split("abc"))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("x".join(["a", "b", "c"]), "".join([]), ", ".join("abc"))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "12.3".isdigit(), " \t".isspace(), "".isspace())
print("Abc".istitle(), "ABC".isupper(), "abc".islower(), "abc1".islower(), "123".isdecimal(), "123".isnumeric())
print("_ab1".isidentifier(), "1ab".isidentifier(), "".isalpha(), "Hello World".istitle())
print("tab\there".expandtabs(), "a\tb".expandtabs(4), "ab\tc\td".expandtabs(3))
print("hello world foo".title(), "they're bill's".title(), "hELLO".capitalize())
print("abc" * 3, 3 * "ab", "abc" * 0, "abc" * -1, "a" + "b")
print("b" in "abc", "" in "abc", "x" not in "abc")
try:
    "a".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"), "abc".removeprefix("x"))
