# heapq.merge, nlargest and nsmallest: key=, reverse=, stability, laziness, edge cases
import heapq
import random

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge([9, 5, 1], [8, 4, 0], reverse=True)))
print(list(heapq.merge(['bb', 'dddd'], ['a', 'ccc'], key=len)))
print(list(heapq.merge(['dddd', 'b'], ['ccc', 'aa'], key=len, reverse=True)))
# stability: equal items come in the order of the iterables
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
print(list(heapq.merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=lambda t: t[0], reverse=True)))
g = heapq.merge(iter([1, 3]), iter([2]))
print(type(g).__name__, next(g), next(g), list(g))
try:
    list(heapq.merge([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(heapq.merge([1, 2], ['a']))
except TypeError as e:
    print(type(e).__name__, e)

random.seed(3)
data = [random.randrange(50) for _ in range(30)]
for n in (-1, 0, 1, 2, 5, 30, 40):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
    assert heapq.nlargest(n, data) == sorted(data, reverse=True)[:max(n, 0)]
    assert heapq.nsmallest(n, iter(data)) == sorted(data)[:max(n, 0)]
words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'banana', 'date', 'lime']
for n in (1, 3, 6):
    print(heapq.nlargest(n, words, key=len), heapq.nsmallest(n, words, key=len))
    print(heapq.nlargest(n, iter(words), key=len), heapq.nsmallest(n, iter(words), key=len))
pairs = [(k % 3, k) for k in range(12)]
print(heapq.nsmallest(5, iter(pairs), key=lambda p: p[0]))
print(heapq.nlargest(5, iter(pairs), key=lambda p: p[0]))
print(heapq.nsmallest(2, []), heapq.nlargest(1, []), heapq.nsmallest(3, iter([])))
print(heapq.nsmallest(1, {3: 'a', 1: 'b'}), heapq.nlargest(2, range(10)))
for args in [(2, 5), ('a', [1, 2]), (2, [1, 'a', 3])]:
    try:
        heapq.nlargest(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    heapq.nsmallest(2, [1, 2, 3], key=5)
except TypeError as e:
    print(type(e).__name__, e)
