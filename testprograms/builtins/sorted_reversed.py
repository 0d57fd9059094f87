# sorted and reversed on many iterable types.
print(sorted([3, 1, 2]), sorted("cab"), sorted((9, 7)), sorted({5: 0, 4: 0}), sorted({3, 1}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"], key=str.lower))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"x": 1, "y": 2})))
r = reversed([1, 2, 3])
print(next(r), list(r))
class Backwards:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
print(list(reversed(Backwards())))
class HasReversed:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(HasReversed())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
lst = [5, 2, 8]
s = sorted(lst)
print(s is lst, lst, s)
