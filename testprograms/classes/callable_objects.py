# __call__ makes instances callable; bound methods remember self.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(5), callable(triple), list(map(triple, [1, 2])))
class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, amt):
        self.balance += amt
        return self.balance
acct = Account()
dep = acct.deposit
print(dep(10), dep(5), acct.balance)
print(Account.deposit(acct, 100), dep.__self__ is acct, dep.__func__ is Account.deposit)
m1 = acct.deposit
m2 = acct.deposit
print(m1 == m2, m1 is m2)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0
    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.misses)
print(callable(Account), callable(acct), callable(acct.deposit), callable("s"))
