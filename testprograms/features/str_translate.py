t = str.maketrans("abc", "xyz"); print(sorted(t.items()), "aabbcc".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1", 98: None}), "abc".translate(str.maketrans("a", "b", "c")), "".maketrans("a", "b"))
print("abc".translate({97: 0x1F600}), "abc".translate([]) if False else "")
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans({1.5: 1})]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class T:
    def __getitem__(self, k):
        if k == 98: raise IndexError
        return k + 1
print("abc".translate(T()))
