# Subclasses of list: base methods and operators, overrides, super()


class OrderedCollection(list):
    """deltablue's collection."""
    pass


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


class Logged(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.log = []

    def append(self, x):
        self.log.append(("append", x))
        super().append(x)

    def __getitem__(self, i):
        self.log.append(("get", i))
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        self.log.append(("set", i))
        list.__setitem__(self, i, v)


class Reprd(list):
    def __repr__(self):
        return "Reprd(" + list.__repr__(self) + ")"


c = OrderedCollection()
for i in range(5):
    c.append(i * i)
print(c, len(c), c[2], c[-1], c[1:3], type(c[1:3]).__name__)
print(type(c) is OrderedCollection, isinstance(c, list), isinstance(c, OrderedCollection))
print(sum(c), sorted(c, reverse=True), max(c), min(c), 9 in c, 10 in c)
print([x + 1 for x in c], list(reversed(c)), c.index(9), c.count(4))
c.remove(0)
c.insert(0, -1)
c.extend([100, 200])
print(c, c.pop(), c.pop(0), c)
c.sort(reverse=True)
print(c, bool(c), bool(OrderedCollection()))
c2 = c + [1]
print(type(c2).__name__, c2, [0] + c, c * 2, 2 * c)
c += [7]
print(type(c).__name__, c)
c *= 2
print(type(c).__name__, len(c))
print(c == list(c), c != [], c < [1000], [1000] > c, c == c)
del c[0]
c[0] = "x"
print(c[:3])

s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s, len(s), s.pop(), s)
s.attr = "instance attribute"
print(s.attr, s)

lg = Logged([1, 2])
lg.append(3)
lg[0] = 10
print(lg[0], lg, lg.log)
for x in lg:
    pass
print(lg.log)

r = Reprd([1, 2])
print(r, repr(r), str(r), f"{r}", [r])
print(list(r), tuple(r), set(Stack([1, 1, 2])) == {1, 2})
print(list.__len__(r), list.__getitem__(r, 0), list.__repr__(r))


def walk(x):
    if isinstance(x, list):
        return "[" + ",".join(walk(y) for y in x) + "]"
    return str(x)


print(walk(Stack([1, Stack([2, 3]), [4]])))
print(", ".join(Stack(["a", "b"])), dict(Stack([(1, 2)])))
a, b = Stack([1, 2])
print(a, b, *Stack([3, 4]))
print(Stack.__mro__, Stack.__bases__, Stack.__base__)
print(type(Stack()).__name__, Stack([3, 1, 2]).copy(), type(Stack().copy()).__name__)
try:
    hash(Stack())
except TypeError as e:
    print("TypeError", e)
