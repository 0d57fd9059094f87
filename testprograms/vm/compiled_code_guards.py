# Hot loops that the baseline compiler compiles (after 200 entries or loops), then breaks its
# guards: operand types change, globals and attributes change, exceptions are raised and caught
# inside compiled code, generators suspend in it, and frames are inspected from it.
import sys


def mixed(values):
    total = values[0]
    for v in values[1:]:
        total = total + v          # ints, then floats, then strs: BINARY_OP_ADD_* guards fail
    return total


print(mixed(list(range(300))))
print(mixed([0.5] * 300))
print(mixed(["ab"] * 300)[:10], len(mixed(["ab"] * 300)))
print(mixed([1] * 250 + [2.5] * 50))
print(mixed([10 ** 18] * 250))     # past a machine int: the big-int path


SCALE = 2


def scaled(n):
    out = 0
    for i in range(n):
        out += i * SCALE           # LOAD_GLOBAL_MODULE while the global changes
    return out


print(scaled(500))
SCALE = 3
print(scaled(500))
del SCALE
try:
    scaled(10)
except NameError as e:
    print("NameError:", e)
SCALE = 1.5
print(scaled(400))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def walk(points):
    s = 0
    for p in points:
        s += p.norm1() + p.x   # LOAD_METHOD / LOAD_ATTR on instances
    return s


pts = [Point(i, -i) for i in range(300)]
print(walk(pts))
Point.norm1 = lambda self: 0  # the class changes: its version tag goes
print(walk(pts))
pts[5].__dict__["x"] = 1000
print(walk(pts))


def errors(n):
    caught = 0
    for i in range(n):
        try:
            if i % 7 == 0:
                raise ValueError(i)
            caught += 10 // (i % 5)  # ZeroDivisionError every 5th
        except ValueError:
            caught += 1
        except ZeroDivisionError as e:
            caught += 100
    return caught


print(errors(700))


def line_of_caller():
    return sys._getframe(1).f_lineno


def lines(n):
    seen = set()
    for i in range(n):
        seen.add(line_of_caller())
        seen.add(line_of_caller())
    return sorted(seen)


print(lines(300))


def gen(n):
    for i in range(n):
        if i % 3:
            yield i * 2
        else:
            yield -i


print(sum(gen(1000)), list(gen(10)))


class Noisy:
    def __del__(self):
        print("del at line", sys._getframe(1).f_lineno)


def drops(n):
    x = None
    for i in range(n):
        x = Noisy() if i >= n - 2 else i
        x = None
    return n


print(drops(300))


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)


def keywords(n):
    def f(a, b=2, *, c=3):
        return a + b * c
    return sum(f(i, c=i) + f(i, b=1) for i in range(n))


print(keywords(300))


def unbound(n):
    for i in range(n):
        if i == n - 1:
            del i
            print(i)


try:
    unbound(300)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
