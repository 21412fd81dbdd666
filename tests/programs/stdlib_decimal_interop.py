# decimal with fractions and statistics, and a money calculation
from decimal import Decimal as D, ROUND_HALF_UP, localcontext
from fractions import Fraction as F
import statistics

print(repr(F(D('1.1'))), repr(F.from_decimal(D('-0.125'))), repr(F.from_decimal(3)), repr(F(D('1e3'))))
for bad in [D('NaN'), D('Infinity')]:
    try:
        F(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(D('0.5') == F(1, 2), D('0.1') == F(1, 10), D(1) < F(3, 2), D('0.3') > F(1, 3), D(2) >= F(2))
try:
    D(1) + F(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    F(1, 2) + D(1)
except TypeError as e:
    print('TypeError', e)

data = [D('1.25'), D('2.50'), D('3.75'), D('0.10')]
print(statistics.mean(data), statistics.median(data), statistics.variance(data), statistics.stdev(data),
      statistics.pvariance(data), statistics.pstdev(data), statistics.median_low(data))
print(statistics.mean([D(1), 2, D('3.5')]), statistics.harmonic_mean([D(2), D(4)]), statistics.mode([D('1.0'), D(1), D(2)]))

# invoice: prices, quantities, tax rounded half-up to cents
items = [('widget', D('19.99'), 3), ('gadget', D('4.95'), 12), ('gizmo', D('0.333'), 7)]
cents = D('0.01')
subtotal = D(0)
for name, price, qty in items:
    line = (price * qty).quantize(cents, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f'{name:<8}{qty:>4} x {price:>7} = {line:>9,}')
tax = (subtotal * D('0.0825')).quantize(cents, rounding=ROUND_HALF_UP)
print(f'subtotal {subtotal:>12,.2f}\ntax      {tax:>12,.2f}\ntotal    {subtotal + tax:>12,.2f}')
balance = D('1000.00')
rate = D('0.045') / 12
with localcontext(prec=40):
    for month in range(12):
        balance = (balance * (1 + rate)).quantize(cents, rounding=ROUND_HALF_UP)
print(balance, D('100') / 3 * 3, (D(1) / 3).quantize(D('0.0001')))
shares = [D(100) * w / sum([D(1), D(2), D(3)]) for w in (1, 2, 3)]
print(shares, sum(shares))
