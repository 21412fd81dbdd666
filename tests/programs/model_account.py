class Account:
    interest = 0.02

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive: %r" % amount)
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError(f"insufficient funds for {self.owner}: {amount:.2f} > {self.balance:.2f}")
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def accrue(self):
        gain = round(self.balance * self.interest, 2)
        self.balance += gain
        self.history.append(("int", gain))

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"


class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise RuntimeError("savings: too many withdrawals")
        return super().withdraw(amount)


accts = [Account("ann", 100), Savings("bob", 250.5), Account("cy")]
accts[0].deposit(50).withdraw(30)
accts[1].deposit(10).withdraw(5).withdraw(5)
for a in accts:
    a.accrue()
print(accts)
for a, amt in [(accts[1], 1), (accts[2], 10), (accts[0], -5)]:
    try:
        if amt < 0:
            a.deposit(amt)
        else:
            a.withdraw(amt)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
for a in accts:
    print(a.owner, a.history)
total = sum(a.balance for a in accts)
print(f"total={total:,.2f}")
print(sorted(accts, key=lambda a: -a.balance))
