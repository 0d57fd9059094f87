# collections.deque: the errors, and "deque mutated during iteration"
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


d = deque([1, 2, 3], maxlen=5)
attempt("hash", lambda: hash(d))
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index range", lambda: d[10])
attempt("negative range", lambda: d[-4])
attempt("str index", lambda: d["a"])
attempt("slice", lambda: d[1:2])
attempt("index missing", lambda: d.index(7))
attempt("index bounds", lambda: d.index(1, 1))
attempt("index bad bound", lambda: d.index(1, "a"))
attempt("remove missing", lambda: d.remove(7))
attempt("insert full", lambda: deque([1], maxlen=1).insert(0, 5))
attempt("insert args", lambda: d.insert(1))
attempt("maxlen negative", lambda: deque(maxlen=-1))
attempt("maxlen str", lambda: deque(maxlen="a"))
attempt("maxlen write", lambda: setattr(d, "maxlen", 3))
attempt("concat list", lambda: d + [1])
attempt("repeat str", lambda: d * "a")
attempt("not iterable", lambda: deque(1))
attempt("extend int", lambda: d.extend(5))
attempt("rotate str", lambda: d.rotate("a"))
attempt("rotate args", lambda: d.rotate(1, 2))
attempt("count args", lambda: d.count())
attempt("append kw", lambda: d.append(x=1))
attempt("too many", lambda: deque(1, 2, 3))
attempt("bad keyword", lambda: deque([1], foo=3))
attempt("keywords", lambda: deque(iterable=[1, 2], maxlen=1))


def assign_out_of_range():
    d[7] = 1


def delete_out_of_range():
    del d[-9]


attempt("assign", assign_out_of_range)
attempt("delete", delete_out_of_range)

for label, mutate in [("append", lambda q: q.append(9)), ("pop", lambda q: q.pop()),
                      ("clear", lambda q: q.clear()), ("rotate 0", lambda q: q.rotate(0)),
                      ("setitem", lambda q: q.__setitem__(0, 7)), ("reverse", lambda q: q.reverse()),
                      ("insert", lambda q: q.insert(0, 1)), ("remove", lambda q: q.remove(3))]:
    q = deque([1, 2, 3])
    it = iter(q)
    next(it)
    mutate(q)
    attempt(label, lambda: next(it))
    attempt(label + " again", lambda: next(it))

q = deque([1, 2, 3])
r = reversed(q)
print(next(r), next(r), r.__length_hint__())
q.appendleft(0)
attempt("reversed", lambda: next(r))


class Evil:
    def __eq__(self, other):
        q.append(0)
        return False


for label, f in [("count", lambda: q.count(3)), ("contains", lambda: 3 in q), ("index", lambda: q.index(3)),
                 ("remove", lambda: q.remove(3)), ("compare", lambda: q == deque([0, 3]))]:
    q = deque([Evil(), 3])
    attempt(label + " mutates", f)
