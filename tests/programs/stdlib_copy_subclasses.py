# copy of subclasses of builtin types and of the collections types
import copy
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque
P = namedtuple('P', 'x y')
p = P([1], 2)
c, d = copy.copy(p), copy.deepcopy(p)
print(c, d, type(d).__name__, d.x is p.x, c.x is p.x)
class L(list):
    pass
l = L([[1], 2]); l.tag = 't'
lc, ld = copy.copy(l), copy.deepcopy(l)
print(type(lc).__name__, lc, ld, ld[0] is l[0], lc[0] is l[0], ld.tag)
class S(str):
    pass
class I(int):
    pass
print(repr(copy.deepcopy(S('abc'))), type(copy.copy(S('x'))).__name__, copy.deepcopy(I(5)) + 1, type(copy.deepcopy(I(5))).__name__)
dd = defaultdict(list, a=[1])
print(copy.deepcopy(dd), copy.copy(OrderedDict(a=1)), copy.deepcopy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=3)))
class T(tuple):
    pass
print(copy.deepcopy(T([1, [2]])), type(copy.copy(T([1]))).__name__)
