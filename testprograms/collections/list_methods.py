# list methods and their return values.
a = [3, 1, 2]
print(a.append(4), a)
a.extend([5, 6]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before-last"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a"); print(a)
print(a.index(2), a.count(2), [1, 1, 2, 1].count(1), [1, 2, 3, 2].index(2, 2))
b = a.copy(); b.append("copy"); print(a, b)
a.reverse(); print(a)
nums = [5, 2, 9, 1, 5, 6]
print(nums.sort(), nums)
nums.sort(reverse=True); print(nums)
a.clear(); print(a, len(a))
print([1, 2] + [3], [0] * 4, [[]] * 2, 2 * [1, 2])
print(list(), list("abc"), list(range(4)), list((1, 2)), list({"k": 1}))
print(len([1, [2, 3]]), [1, 2, 3][-1], 3 in [1, 2, 3], [1] * 0)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
for bad in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [][0]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
