# decimal: contexts, rounding modes, quantize, formatting, methods
import decimal
from decimal import Decimal as D, getcontext, setcontext, localcontext, Context

MODES = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
values = ['2.5', '-2.5', '3.5', '2.51', '-2.49', '0.05', '1.15', '7.325', '-0.001', '9.995', '10.05']
for mode in MODES:
    print(mode, [str(D(v).quantize(D('0.1'), rounding=mode)) for v in values],
          [str(D(v).quantize(D('1'), rounding=mode)) for v in values])

print(D('7.325').quantize(D('.01')), D('7.325').quantize(D('1.')), D('2.675').quantize(D('0.01')),
      D('1234.5678').quantize(D('1E+2')), D('1.5').quantize(D('1.000')), D(0).quantize(D('1e-5')))
for f in [lambda: D('1.5').quantize(D('1e-30')), lambda: D('123').quantize(D('1E-26')),
          lambda: D('Infinity').quantize(D(1)), lambda: D(1).quantize(D('Infinity'))]:
    try:
        print(f())
    except decimal.InvalidOperation as e:
        print('InvalidOperation', e)
print(D('Infinity').quantize(D('Infinity')), D('NaN').quantize(D(1)))

# contexts
ctx = getcontext()
print(ctx)
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp, ctx.Etiny(), ctx.Etop())
with localcontext() as lc:
    lc.prec = 5
    print(D(1) / D(3), D('123456789') + 0, D(2).sqrt(), lc.prec)
print(D(1) / D(3), getcontext().prec)
with localcontext(prec=6, rounding=decimal.ROUND_DOWN) as lc:
    print(D(2) / D(3), lc.rounding, +D('1.23456789'))
with localcontext(Context(prec=3)):
    print(D('3.14159') * 1, D(10) / 3, D('1.005') + 0)
c = Context(prec=4, rounding=decimal.ROUND_HALF_UP, traps=[])
print(c)
print(c.divide(D(1), D(3)), c.add(D('1.2345'), 1), c.multiply(3, D('0.3333')), c.sqrt(D(2)),
      c.power(D(2), 10), c.quantize(D('1.25'), D('0.1')), c.create_decimal('3.14159'), c.to_sci_string(D('1e-9')))
print(c.divide(D(1), 0), c.flags[decimal.DivisionByZero], c.divide(D(0), 0), c.flags[decimal.InvalidOperation])
c.clear_flags()
print(c.flags[decimal.DivisionByZero], c.traps[decimal.Overflow], c.copy().prec)
old = getcontext()
setcontext(Context(prec=10, rounding=decimal.ROUND_UP))
print(D(2) / D(3), getcontext().prec)
setcontext(old)
print(D(2) / D(3))
getcontext().prec = 50
print(D(1) / D(7))
getcontext().prec = 28
ctx = getcontext()
ctx.clear_flags()
x = D('1.2345678901234567890123456789012')
print(+x, ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
print(decimal.BasicContext.prec, decimal.ExtendedContext.prec, decimal.DefaultContext.prec)
for attr, value in [('prec', 0), ('rounding', 'ROUND_SIDEWAYS'), ('Emax', -1), ('capitals', 2)]:
    try:
        setattr(Context(), attr, value)
    except (ValueError, TypeError) as e:
        print(attr, type(e).__name__, e)
ctx.traps[decimal.DivisionByZero] = False
print(D(1) / 0, D(-1) / 0)
ctx.traps[decimal.DivisionByZero] = True

# formatting
for v in ['1234567.891', '-0.000123', '0', '-1.5', '1e+30', '12.5', 'NaN', '-Infinity']:
    d = D(v)
    print(v, [format(d, spec) for spec in ['', '.2f', ',.2f', '10.3f', '<12.1f', '^14,.0f', '+.3e',
                                           'E', '.4g', '%', '.1%', '012.2f', ' .2f', 'z.3f', '*>15,.2f']])
print(f"{D('3.14159'):.3}", f"{D('3.14159'):.3f}", f"{D('1e-10'):f}", f"{D('1e-10'):g}",
      "{:,.2f}".format(D('-9876543.215')), "%s %r" % (D('1.50'), D('1.50')))
for bad in ['#.2f', '_', 'x', '.2d']:
    try:
        format(D(1), bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)

# methods
x = D('-12.3450')
print(x.sqrt() if False else D('152.2756').sqrt(), D(2).exp(), D(10).ln(), D('0.5').ln(), D(2).log10(), D(100).log10())
print(x.normalize(), D('120.00').normalize(), D('0.00').normalize(), x.copy_abs(), x.copy_negate(),
      D(3).copy_sign(x), x.is_signed(), x.is_zero(), x.is_finite(), D('NaN').is_nan(), D('-Inf').is_infinite())
print(x.as_integer_ratio(), D('0.125').as_integer_ratio(), D('1E+3').as_integer_ratio(), x.adjusted(),
      x.as_tuple(), x.number_class(), D('-0').number_class(), D('sNaN').number_class())
print(D('2.5').to_integral_value(), D('3.5').to_integral_value(), D('-2.7').to_integral_exact(),
      D('2.5').to_integral(rounding=decimal.ROUND_UP), D('1E+3').to_integral_value())
print(D(10).compare(D(9)), D(1).compare(D('1.00')), D(1).max(D(2)), D('1.0').max(D(1)), D('NaN').max(D(2)),
      D(5).min(D('NaN')), D(2).fma(3, 4), D('1.234').scaleb(2), D(10).remainder_near(3), D(11).remainder_near(3))
print(D(1).next_plus(), D(1).next_minus(), D(0).next_plus(), D(1).same_quantum(D('1.0')),
      D(2).same_quantum(D(3)), D('1.5').is_normal(), D(1).radix(), D(7).canonical())
print(D(2).sqrt(), D('0.0001').sqrt(), D('-0').sqrt(), D(0).sqrt(), D('1e-100').sqrt(), D(16).sqrt())
print(D(5).__round__(), D('2.5').__round__(), D('-3.5').__round__(), D('1.2345').__round__(2), D('1234').__round__(-2),
      D('-3.9').__int__(), D('3.9').__trunc__(), D('-3.1').__floor__(), D('-3.9').__ceil__(), D('1.25').__float__())
print(D(1).real, D(1).imag, D(1).conjugate(), D('1.5').__complex__())
print(D('12.0').compare_total(D('12')), D('-1').compare_total(D('NaN')), D('sNaN').compare_total_mag(D('-NaN')),
      D(-3).max_mag(D(2)), D(-3).min_mag(D(2)), D(1).max_mag(D('-1')), D(250).logb(), D('0.03').logb(),
      D(1).next_toward(D(2)), D(1).next_toward(D(0)), D('-0').next_toward(D('0')), D(5).compare_signal(D(3)))
for f in [lambda: D(0).logb(), lambda: D(1).compare_signal(D('NaN'))]:
    try:
        print(f())
    except decimal.DecimalException as e:
        print(type(e).__name__, e)
