l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7); l.insert(-100, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(5); print(l, l.index(2), l.count(2), l.index(2, 1))
try:
    l.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    l.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=lambda x: (x % 2, x)); print(l)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
c = l.copy(); c.clear(); print(c, l)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5, [1] * -1)
a = [1, 2]; a += (3, 4); a *= 2; print(a)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [1], [2] > [1, 5])
print(1 in [1, 2], 3 not in [1, 2], len([]), list(range(3)), list("ab"), list((1, 2)))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    [1][int("1") and "a"]
except TypeError as e:
    print("TypeError:", e)
x = [5, 3, 8]
print(sorted(x), x, list(reversed(x)), x[::-1])
m = [[0] * 2] * 2; m[0][0] = 1; print(m)
print(max([3, 1, 2]), min([3, 1, 2]), sum([1, 2, 3]))
l2 = [1, 2, 3]; del l2[1]; print(l2); del l2[:]; print(l2)
print([1, [2, [3]]], [None, True, 1.5, "s"])
