# bisect: bisect_left/right, insort_left/right with lo, hi and key=; errors
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print('lo/hi', bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2),
      bisect.bisect(a, 5, lo=1, hi=4), bisect.bisect_left(a, 8, hi=None))
print('hi=-1 means len', bisect.bisect_right(a, 100, 0, -1), 'hi<-1', bisect.bisect_right(a, 100, 3, -5))
print('lo>=hi', bisect.bisect_left(a, 0, 5, 3))

# key= applies to the items, not to x
recs = [('ann', 19), ('bob', 23), ('cy', 23), ('dee', 31)]
age = lambda r: r[1]
print(bisect.bisect_left(recs, 23, key=age), bisect.bisect_right(recs, 23, key=age))
print(bisect.bisect(recs, 30, 1, 3, key=age))

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 5)
bisect.insort_right(s, 5.0)
print(s, [type(v).__name__ for v in s])
t = [(1, 'a'), (3, 'c')]
bisect.insort(t, (2, 'b'), key=lambda p: p[0])
bisect.insort_left(t, (3, 'x'), key=lambda p: p[0])
bisect.insort_right(t, (1, 'y'), key=lambda p: p[0])
print(t)
bisect.insort(s, 0, 2, 4)
print('insort lo/hi', s)

# any sequence works; insort calls the object's own insert
print(bisect.bisect_left('acegi', 'd'), bisect.bisect((1, 3, 5), 3), bisect.bisect_left(range(0, 100, 10), 35))
class Rec(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
r = Rec([10, 20, 30])
bisect.insort(r, 25)
bisect.insort_left(r, 10, key=None)
print(r)

for call in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.insort(a, 1, -3),
             lambda: bisect.bisect(a, 1, 'x'), lambda: bisect.bisect(a, 1, 0, 2.5),
             lambda: bisect.bisect(5, 1), lambda: bisect.bisect([1, 'a', 3], 2),
             lambda: bisect.bisect_left(a, 1, 0, 20), lambda: bisect.bisect(a, 1, key=3)]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
