# collections: defaultdict, OrderedDict, Counter
from collections import defaultdict, OrderedDict, Counter

dd = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    dd[word[0]].append(word)
print(dd, dict(dd), dd['z'], len(dd), isinstance(dd, dict), dd.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts.get('q'), 'q' in counts)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 2
nested['b']['y'] += 1
print({k: dict(v) for k, v in nested.items()})
none = defaultdict()
print(none, none.default_factory)
try:
    none['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
c = dd.copy()
print(type(c).__name__, c == dd, c is dd, c.default_factory is list)
print(defaultdict(int, {'a': 1}, b=2), defaultdict(int, [('k', 3)]))
print(defaultdict(int, a=1) | {'b': 2}, {'z': 0} | defaultdict(int, a=1))

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, OrderedDict(), OrderedDict(a=1))
print(OrderedDict.fromkeys('abc', 0), o1.copy(), o1.setdefault('z', 9), o1, o1 | {'w': 0})
print(list(reversed(list(o1))), isinstance(o1, dict), len(o1), o1.get('x'), o1.pop('x'), o1)

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz')
c.update({'b': 10})
print(c)
c.subtract('aaaa')
c.subtract({'z': 5})
print(c, +c, -c)
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(3), len(wc), wc['the'], dict(wc))
x = Counter(a=3, b=1, c=0)
y = Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y)
print(x == Counter(a=3, b=1), x <= Counter(a=5, b=1), x < x, Counter(a=1) >= Counter(), Counter() == Counter(z=0))
x += y
print(x)
x -= Counter(a=10)
print(x)
x |= Counter(q=1)
x &= Counter(q=1, b=3)
print(x)
del x['nope']
print(Counter(), Counter({'a': 5, 'b': -2}), Counter(a=1, b=2).most_common(0))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter('aab') == Counter('aba'), Counter(['x', 'y', 'x']).copy(), isinstance(Counter(), dict))
inventory = Counter(apples=5, pears=2)
inventory['pears'] -= 3
print(inventory, +inventory, sum(inventory.values()))
