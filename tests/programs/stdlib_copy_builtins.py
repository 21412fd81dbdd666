# copy.copy / copy.deepcopy of builtin values: identity, sharing, cycles
import copy

nested = [1, [2, 3], {'a': [4, 5], 'b': (6, [7])}, {8, 9}, (10, 11), 'txt', b'by']
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1], shallow[2] is nested[2])
print(deep == nested, deep is nested, deep[1] is nested[1], deep[2] is nested[2],
      deep[2]['b'] is nested[2]['b'], deep[2]['b'][1] is nested[2]['b'][1],
      deep[4] is nested[4], deep[5] is nested[5], deep[3] is nested[3])
nested[1].append(99)
nested[2]['a'].append(100)
print(shallow[1], deep[1], shallow[2]['a'], deep[2]['a'])

for v in [None, 1, 2.5, True, complex(1, 2), 'abc', b'xyz', (1, 2), frozenset([1, 2]),
          range(3), len, int]:
    c, d = copy.copy(v), copy.deepcopy(v)
    print(repr(v), c == v, c is v, d == v, d is v if type(v) is not frozenset else '-')

sl = copy.deepcopy(slice(1, 5, 2))
print(copy.copy(sl) is sl, sl.start, sl.stop, sl.step)
t = (1, [2])
dt = copy.deepcopy(t)
print(dt == t, dt is t, dt[1] is t[1], copy.deepcopy((1, (2, 'x'))) == (1, (2, 'x')))
t2 = (1, (2, 3))
print(copy.deepcopy(t2) is t2, copy.copy(t2) is t2)

d = {'k': [1], 'j': {'x': 1}}
cd = copy.copy(d)
print(cd == d, cd is d, cd['k'] is d['k'], type(cd).__name__)
s = {1, 2, 3}
cs, ds = copy.copy(s), copy.deepcopy(s)
print(sorted(cs), sorted(ds), cs is s, ds is s)
print(copy.copy([]), copy.deepcopy({}), copy.copy(()), copy.deepcopy(set()))

# shared references stay shared
shared = [1, 2]
holder = [shared, shared, {'again': shared}]
dh = copy.deepcopy(holder)
print(dh[0] is dh[1], dh[0] is dh[2]['again'], dh[0] is shared)

# cycles
a = [1, 2]
a.append(a)
da = copy.deepcopy(a)
print(da[2] is da, da is a, len(da), da[0])
m = {'name': 'loop'}
m['self'] = m
dm = copy.deepcopy(m)
print(dm['self'] is dm, dm is m, sorted(dm.keys()))
lst = [1]
tup = (lst,)
lst.append(tup)
dt = copy.deepcopy(tup)
print(dt[0][1] is dt, dt is tup, dt[0] is lst)

# the memo
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
z = copy.deepcopy(x, memo)
print(y[0] is y[1], z is y[0], len(memo) > 0)

# functions and classes are shared
def f(n):
    return n + 1
class K:
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(K) is K, copy.deepcopy([f])[0] is f)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)

def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError", e)
try:
    copy.deepcopy([gen()])
except TypeError as e:
    print("TypeError", e)
