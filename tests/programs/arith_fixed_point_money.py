def to_cents(s):
    neg = s.startswith("-")
    s = s.lstrip("-")
    whole, _, frac = s.partition(".")
    cents = int(whole or "0") * 100 + int((frac + "00")[:2])
    if len(frac) > 2 and int(frac[2]) >= 5:
        cents += 1
    return -cents if neg else cents


def fmt(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100:,}.{c % 100:02d}"


amounts = ["19.99", "0.1", "0.2", "-5.005", "1234567.891", "3", ".5", "-0.01"]
cents = [to_cents(a) for a in amounts]
print(cents, fmt(sum(cents)))
print(0.1 + 0.2, fmt(to_cents("0.1") + to_cents("0.2")))
principal = to_cents("250000")
rate_bp = 450
months = 360
r = rate_bp / 10000 / 12
payment = round(principal * r / (1 - (1 + r) ** -months))
print("payment", fmt(payment))
bal = principal
total_int = 0
for m in range(1, months + 1):
    interest = round(bal * r)
    total_int += interest
    bal -= payment - interest
    if m in (1, 12, 120, 359):
        print(m, fmt(interest), fmt(bal))
print("total interest", fmt(total_int), "final balance", fmt(bal))
shares = [1, 1, 1]
pot = 1000
q, rem = divmod(pot, sum(shares))
alloc = [q * s for s in shares]
for i in range(rem):
    alloc[i] += 1
print([fmt(a) for a in alloc], sum(alloc) == pot)
print(round(2.675 * 100), round(2.675, 2), int(2.675 * 100), f"{2.675:.2f}", f"{1.005:.2f}", f"{0.125:.2f}")
