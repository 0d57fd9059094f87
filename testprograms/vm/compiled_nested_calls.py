# Compiled code calling compiled code: a Python function's compiled code runs its callee's
# compiled code itself, on the Java stack (up to a depth, then through the interpreter), so
# exceptions raised in a callee must unwind from the callee, tracebacks and frames must show
# the right lines, and deep recursion must still end in RecursionError.
import sys
import traceback


def leaf(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x * 2


def mid(x):
    y = leaf(x)
    return y + 1


def top(n):
    total = 0
    for i in range(n):
        try:
            total += mid(i)
        except ValueError as e:
            total -= 100
            tb = e.__traceback__
            print("caught", e, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_lineno)
    return total


for _ in range(60):
    result = top(6)
print(result)


def frame_line():
    return sys._getframe(1).f_lineno


def caller():
    a = 1
    b = frame_line()
    return a + b


print(sum(caller() for _ in range(300)))


def gen(n):
    for i in range(n):
        yield leaf(i) if i != 3 else -1


def use():
    return sum(mid(v) for v in gen(6))


print([use() for _ in range(100)][-1])


def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


print([rec(500) for _ in range(5)])   # deeper than the nesting: the interpreter takes over
sys.setrecursionlimit(300)
for _ in range(3):
    try:
        rec(1000)
    except RecursionError as e:
        print("recursion", e)
sys.setrecursionlimit(1000)


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

    def total(self):
        return self.v + (self.nxt.total() if self.nxt is not None else 0)

    def __repr__(self):
        return "Node(%r)" % self.v


chain = None
for i in range(100):
    chain = Node(i, chain)
print([chain.total() for _ in range(50)][-1], repr(chain.nxt))


def fails_deep(n):
    if n == 0:
        return {}["missing"]
    return fails_deep(n - 1)


for depth in (1, 10, 80):
    for _ in range(30):
        try:
            fails_deep(depth)
        except KeyError as e:
            frames = traceback.extract_tb(e.__traceback__)
    print(depth, len(frames), frames[-1].lineno, frames[-1].name)


def finally_calls(n):
    out = []
    for i in range(n):
        try:
            try:
                mid(i)
            finally:
                out.append(i)
        except ValueError:
            out.append(-1)
    return out


print([finally_calls(5) for _ in range(60)][-1])


def safe(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1


def use_safe(n):
    return [safe(i % 3) for i in range(n)]


print([use_safe(6) for _ in range(60)][-1])


def deep():
    mid(3)


try:
    deep()
except ValueError as e:
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
deep()
