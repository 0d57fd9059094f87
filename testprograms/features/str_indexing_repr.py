s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[5:2], s[1:8:3], s[8:1:-2])
print(s[100:], s[-100:2], s[::-3])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
print(len(s), min(s), max(s), sorted("hello"), list("abc"), tuple("ab"))
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(True), repr("a'b"), repr('a"b'), repr("a'b\"c"))
print(repr("\n\t\\"), repr("\x00\x7f"), repr("é"), ascii("é"), repr("\u2028"))
print(ord("a"), chr(97), ord("é"), chr(0x1F600) == "\U0001F600", ord("\n"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "a" == "a", "a" != "b")
print("abc" + "def", "ab" * 2)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
print(hash("abc") == hash("ab" + "c"))
print("%s" % "x", "a" "b")
print(str.upper("abc"), str.join("-", "xyz"))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print("x".encode if False else "ok")
print("Straße".upper(), "ǅ".lower(), "ß".casefold())
print(s.index("c", 1, 5), "abc".find("c", -1))
