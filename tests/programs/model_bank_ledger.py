class LedgerError(Exception):
    pass


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.entries = []

    def open(self, name, kind):
        if name in self.accounts:
            raise LedgerError(f"account {name} exists")
        self.accounts[name] = kind

    def post(self, desc, *lines):
        total = sum(amt for _, amt in lines)
        if total != 0:
            raise LedgerError(f"unbalanced entry {desc!r}: {total:+d}")
        for acct, _ in lines:
            if acct not in self.accounts:
                raise LedgerError(f"no account {acct}")
        self.entries.append((desc, lines))

    def balance(self, name):
        return sum(amt for _, lines in self.entries for a, amt in lines if a == name)

    def trial_balance(self):
        return {a: self.balance(a) for a in sorted(self.accounts)}

    def report(self, kind):
        return {a: b for a, b in self.trial_balance().items() if self.accounts[a] == kind}


L = Ledger()
for name, kind in [("cash", "asset"), ("bank", "asset"), ("equity", "equity"), ("sales", "income"),
                   ("rent", "expense"), ("supplies", "expense")]:
    L.open(name, kind)
L.post("capital", ("bank", 10000), ("equity", -10000))
L.post("withdraw", ("cash", 500), ("bank", -500))
L.post("sale", ("cash", 1200), ("sales", -1200))
L.post("rent", ("rent", 800), ("bank", -800))
L.post("supplies", ("supplies", 150), ("cash", -150))
for bad in [("oops", ("cash", 100), ("sales", -90)), ("ghost", ("vault", 10), ("cash", -10))]:
    try:
        L.post(*bad)
    except LedgerError as e:
        print("LedgerError:", e)
try:
    L.open("cash", "asset")
except LedgerError as e:
    print("LedgerError:", e)
tb = L.trial_balance()
print(tb, sum(tb.values()))
for kind in ("asset", "income", "expense"):
    print(kind, L.report(kind), sum(L.report(kind).values()))
profit = -sum(L.report("income").values()) - sum(L.report("expense").values())
print("profit", profit, "entries", len(L.entries))
