# A bank-account class hierarchy with interest, overdraft limits, transfers and a ledger.
class InsufficientFunds(Exception):
    pass
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def can_withdraw(self, amount):
        return amount <= self.balance
    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds("%s #%d: cannot withdraw %d (balance %d)" % (self.owner, self.number, amount, self.balance))
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        pass
    def __repr__(self):
        return "%s(%s, #%d, %d)" % (type(self).__name__, self.owner, self.number, self.balance)
class Savings(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate = rate_percent
    def month_end(self):
        interest = self.balance * self.rate // 100
        if interest:
            self.deposit(interest)
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100, fee=5):
        super().__init__(owner, balance)
        self.overdraft, self.fee = overdraft, fee
    def can_withdraw(self, amount):
        return amount <= self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.history.append(("fee", self.fee))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("  transfer refused:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Savings, "ann", 1000, rate_percent=3)
b = bank.open(Checking, "bob", 50)
c = bank.open(Account, "cy")
print(list(bank.accounts.values()))
print(bank.transfer(a.number, b.number, 200), bank.transfer(b.number, c.number, 320), bank.transfer(b.number, c.number, 100))
for month in range(3):
    bank.month_end()
    print("month", month + 1, sorted(bank.accounts.values(), key=lambda x: x.balance), bank.total())
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(b.history)
print([type(x).__mro__[1].__name__ for x in (a, b, c)])
