# Fraction and Decimal through float(), int(), round(), divmod(), math.floor/ceil/trunc,
# complex() and math functions: the interpreter calls __float__, __int__,
# __index__, __round__, __divmod__, __floor__, __ceil__, __trunc__, __complex__
import math
from fractions import Fraction as F
from decimal import Decimal as D

x = F(-7, 2)
print(float(x), int(x), round(x), round(F(5, 2)), repr(round(F(22, 7), 2)), math.floor(x), math.ceil(x), math.trunc(x))
print(divmod(F(7, 3), F(1, 2)), divmod(7, F(2, 3)), divmod(F(7, 2), 0.5), complex(F(1, 2)))
print(math.sqrt(F(1, 4)), math.isclose(F(1, 3), 1 / 3), '%.3f' % F(1, 3), int(F(10 ** 30, 7)), f'{float(F(2, 3)):.4f}')
y = D('-3.75')
print(float(y), int(y), round(y), round(y, 1), math.floor(y), math.ceil(y), math.trunc(y), divmod(D(7), D(2)),
      complex(D('1.5')), math.sqrt(D(2)), '%.2f' % D('2.675'))
import statistics
print(statistics.fmean([F(1, 2), D('1.5')]), statistics.geometric_mean([F(1, 2), 2]))
