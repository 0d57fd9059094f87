# A small Matrix class: multiplication, transpose, determinant by elimination with Fractions-like ints.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError("shape mismatch %dx%d * %dx%d" % (self.n, self.m, other.n, other.m))
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
        return Matrix([[x * other for x in row] for row in self.rows])
    __rmul__ = __mul__
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def transpose(self):
        return Matrix(zip(*self.rows))
    def det(self):
        a = [row[:] for row in self.rows]
        n, sign, prev = self.n, 1, 1
        for k in range(n - 1):
            if a[k][k] == 0:
                for i in range(k + 1, n):
                    if a[i][k] != 0:
                        a[k], a[i] = a[i], a[k]
                        sign = -sign
                        break
                else:
                    return 0
            for i in range(k + 1, n):
                for j in range(k + 1, n):
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
            prev = a[k][k]
        return sign * a[n - 1][n - 1]
    def __repr__(self):
        w = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in row) + "]" for row in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A * B, B * A, 2 * A, A + B, sep="\n--\n")
print(A.transpose() == Matrix([[1, 3], [2, 4]]), A * Matrix.identity(2) == A)
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib.rows[0][1])
M = Matrix([[2, -3, 1, 5], [4, 0, -2, 1], [1, 1, 1, 1], [0, 3, -1, 2]])
print(M.det(), Matrix([[0, 1], [1, 0]]).det(), Matrix([[1, 2], [2, 4]]).det(), Matrix.identity(5).det())
try:
    A * Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
