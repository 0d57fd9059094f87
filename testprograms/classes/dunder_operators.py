# Operator overloading: arithmetic, reflected, in-place, unary, comparison, NotImplemented.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __bool__(self):
        return bool(self.x or self.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b))
print(a == V(1, 2), a != b, a < b, b > a, sorted([b, a]))
print(bool(V(0, 0)), bool(a), not V(0, 0))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Num(other + self.v)
    def __repr__(self):
        return "Num(%d)" % self.v
    def __floordiv__(self, o): return "floordiv"
    def __truediv__(self, o): return "truediv"
    def __mod__(self, o): return "mod"
    def __pow__(self, o): return "pow"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __invert__(self): return "invert"
    def __pos__(self): return "pos"
n = Num(1)
print(5 + n, sum([n], 10))
print(n // 1, n / 1, n % 1, n ** 1, n & 1, n | 1, n ^ 1, n << 1, n >> 1, ~n, +n)
