# Type errors and edge cases around str operations.
s = "abc"
print(s * 2, s[1:] * 3)
print(hash("abc") == hash("ab" + "c"))
print("abc".encode if False else "skip")
print(str(), repr(str()), str(""), len(""))
print("x".join(["only"]), "".join(["a", "b"]))
print("{0}{0}".format("ab"))
print("%s and %s" % ("a", "b"))
for bad in (lambda: "a" - "b", lambda: "a" * "b", lambda: "a" * 1.5, lambda: -"a"):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    "abc".missing_method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
