# decimal: construction, str/repr, arithmetic with the default context, errors
from decimal import (Decimal as D, getcontext, localcontext, InvalidOperation, DivisionByZero,
                     Overflow, Inexact, Rounded, FloatOperation, DecimalException, Context,
                     ROUND_HALF_UP)
import decimal

for s in ['0', '-0', '1.10', '1e3', '1E+3', '-1.23e-7', '.5', '5.', '  7.25  ', '1_000.5', 'Inf',
          '-infinity', 'nan', 'NaN123', '-sNaN', '0.000001', '0.0000001', '123456789e-15',
          '1.2345678901234567890123456789012345', '-0E-3', '0e+5']:
    d = D(s)
    print(repr(s), str(d), repr(d), d.to_eng_string(), d.adjusted(), d.as_tuple())
for bad in ['abc', '1e', '.', '1.2.3', '--1', '1 2', '0x10', 'Inf1']:
    try:
        D(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
print(D(10 ** 30), D(-5), D(True), D(0.1), D(-0.0), D(1.5), D(float('inf')), D(float('nan')))
print(D((1, (1, 2, 3), -2)), D((0, (), 5)), D((0, (0,), 'F')), D((1, [4, 2], 'n')), D([0, (1,), 'N']))
for bad in [[1], (0, (1, 2), 'x'), (2, (1,), 0), (0, (10,), 0), None, complex(1, 0)]:
    try:
        D(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(D.from_float(0.25), D.from_float(7), D.from_float(-1e-5))

a, b = D('1.10'), D('3')
print(a + b, a - b, a * b, a / b, a // b, a % b, b ** 2, -a, +a, abs(D('-2.50')))
print(D(1) / D(7), D(2) / D(3), D(100) / D(4), D('1.0') / D('0.1'), D(1) / D('8'))
print(D('1.30') + D('1.20'), D('1.30') * D('1.20'), D('0.1') + D('0.2') == D('0.3'))
print(D(-7) // 2, D(-7) % 2, D(7) // D(-2), D(7) % D(-2), D('7.5') // D('2'), D('7.5') % D('2'))
print(a + 1, 2 * a, 10 - a, 1 / D(4), 7 // D(2), 7 % D(3), 2 ** D(10))
print(sum([D('0.1')] * 10), sum([D('1.1'), D('2.2'), D('3.3')]), max(D(1), D('1.5')), min([D(3), D('-2')]))
print(D(2) ** D('0.5'), D(4) ** D('0.5'), D('1.10') ** 2, D(2) ** -3, D(7) ** -2, D('1.01') ** 1000)
print(D(0) ** 5, D(0) ** -1, D('Infinity') ** -1, D(2) ** D('Infinity'), D('0.5') ** D('Infinity'), D(1) ** D('1.5'))
print(D('Infinity') + 1, D('-Infinity') * 2, D(1) / D('Infinity'), D('NaN') + 1, D('-0') + D('0'))

for text, f in [
    ('D(1) / 0', lambda: D(1) / 0),
    ('D(0) / 0', lambda: D(0) / 0),
    ('D(1) // 0', lambda: D(1) // 0),
    ('D(5) % 0', lambda: D(5) % 0),
    ('D(0) % 0', lambda: D(0) % 0),
    ('D(-1).sqrt()', lambda: D(-1).sqrt()),
    ('D("Infinity") - D("Infinity")', lambda: D("Infinity") - D("Infinity")),
    ('D("1e999999") * 10', lambda: D("1e999999") * 10),
    ('D(0) ** 0', lambda: D(0) ** 0),
    ('D("sNaN") + 1', lambda: D("sNaN") + 1),
    ('D("nan") < 1', lambda: D("nan") < 1),
    ('D(10) ** 1000000', lambda: D(10) ** 1000000),
    ('D(-2) ** D("0.5")', lambda: D(-2) ** D("0.5")),
    ('D(1) + 1.5', lambda: D(1) + 1.5),
    ('1.5 * D(2)', lambda: 1.5 * D(2)),
    ('D(1) < "x"', lambda: D(1) < "x"),
    ('D(1) + None', lambda: D(1) + None),
    ('D(2) ** 1.5', lambda: D(2) ** 1.5),
    ('D("snan") == 1', lambda: D("snan") == 1),
    ('D(1).__divmod__(D(0))', lambda: D(1).__divmod__(D(0))),
]:
    try:
        print(text, '->', f())
    except (DecimalException, TypeError) as e:
        print(text, '!!', type(e).__name__, e)

print(D('0.1') == 0.1, D('0.5') == 0.5, D(1) == 1.0, D(1) < 1.5, D('0.1') < 0.2, D(2) > 1, D(2) == 2)
print(D('1.0') == D('1.00'), D(1) != D(2), D('NaN') == D('NaN'), D('NaN') != D('NaN'), D('-0') == D('0'))
print(sorted([D('1.5'), D(1), D('-2'), D('0.25'), 3]), D(3) in [1, 2, 3])
print(hash(D(5)) == hash(5), hash(D('1.5')) == hash(1.5), hash(D('0.1')), hash(D(-1)), hash(D('-Infinity')),
      hash(D('1.50')) == hash(D('1.5')), hash(D('12E+3')) == hash(12000))
d = {D('1.0'): 'one', D('2.50'): 'two and a half'}
print(d[D(1)], d[D('2.5')], len({D('1'), D('1.0'), D('1.00'), 1}))
print(bool(D(0)), bool(D('0.00')), bool(D('0.1')), bool(D('NaN')))
