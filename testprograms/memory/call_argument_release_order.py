# When a call returns, the call site lets its arguments go first to last (CPython 3.11 CALL);
# a tuple of *args lets its items go last to first.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
getattr(A(1), 'n', A(2))
for i in range(3):
    getattr(A(3), 'n', A(4))
def g(*a): pass
g(A(5), A(6))
