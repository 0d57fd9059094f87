# sorted/list.sort: key, reverse, stability, mixed types error.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
by_name = sorted(people, key=lambda p: p[0])
print(sorted(by_name, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort()
print(nums, sorted(nums, reverse=True))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2.5, 1, True)))
print(sorted([[2, 1], [1, 2], [1]]), sorted([]), sorted(range(5), key=lambda x: x % 2))
class Rec:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return "Rec(%d)" % self.k
print(sorted([Rec(3), Rec(1), Rec(2)]), max([Rec(3), Rec(7)]) if False else "skip")
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
