# copy.copy / copy.deepcopy of instances: attributes, __copy__, __deepcopy__,
# __reduce__, __getstate__/__setstate__, exceptions
import copy


class Point:
    instances = 0

    def __init__(self, x, y):
        Point.instances += 1
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(1, [2, 3])
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, d, type(c).__name__, c is p, c.y is p.y, d.y is p.y, Point.instances)
p.y.append(4)
print(c.y, d.y)
c.x = 10
print(p.x, c.x)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node('root')
a = root.add(Node('a'))
b = root.add(Node('b'))
a.add(Node('a1'))
droot = copy.deepcopy(root)
print(droot.name, [n.name for n in droot.children], droot.children[0].parent is droot,
      droot.children[0].children[0].parent is droot.children[0], droot.children[0] is a)
sroot = copy.copy(root)
print(sroot.children is root.children, sroot is root)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)

    def __setattr__(self, name, value):
        raise AttributeError('frozen')


fz = copy.deepcopy(Frozen([1]))
print(fz.v, copy.copy(Frozen(2)).v)


class WithCopy:
    def __init__(self, data):
        self.data = data
        self.log = []

    def __copy__(self):
        new = WithCopy(self.data)
        new.log = ['copied']
        return new

    def __deepcopy__(self, memo):
        new = WithCopy(copy.deepcopy(self.data, memo))
        new.log = ['deep-copied']
        return new


w = WithCopy({'k': [1]})
print(copy.copy(w).log, copy.deepcopy(w).log, copy.deepcopy(w).data == w.data,
      copy.deepcopy(w).data['k'] is w.data['k'], copy.deepcopy([w, w])[0].log)


class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b
        self.made = 'init'

    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))


r = copy.copy(Reduced(5))
print(r.a, r.b, r.made, copy.deepcopy(Reduced([1], 2)).b)


class ReducedState:
    def __init__(self):
        self.items = [1, 2]

    def __reduce_ex__(self, protocol):
        return (ReducedState, (), {'items': self.items, 'protocol': protocol})


rs = copy.deepcopy(ReducedState())
print(rs.items, rs.protocol)


class Stateful:
    def __init__(self, value):
        self.value = value
        self.cache = 'expensive'

    def __getstate__(self):
        state = {'value': self.value}
        return state

    def __setstate__(self, state):
        self.value = state['value']
        self.cache = 'rebuilt'


s1 = copy.copy(Stateful(3))
s2 = copy.deepcopy(Stateful([4]))
print(s1.value, s1.cache, s2.value, s2.cache)


class OnlySetstate:
    def __init__(self):
        self.a = 1

    def __setstate__(self, state):
        self.restored = sorted(state.items())


print(copy.copy(OnlySetstate()).restored)


class Empty:
    pass


e = copy.deepcopy(Empty())
print(type(e).__name__, vars(e))


class Base:
    def __init__(self):
        self.base = 'b'


class Child(Base):
    def __init__(self):
        super().__init__()
        self.child = ['c']


ch = copy.deepcopy(Child())
print(type(ch).__name__, ch.base, ch.child, isinstance(ch, Base))


class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code


err = MyError('bad', 42)
err.extra = [1]
ce = copy.copy(err)
de = copy.deepcopy(err)
print(type(ce).__name__, ce.args, ce.code, ce.extra is err.extra, de.extra is err.extra, str(de))
ve = copy.deepcopy(ValueError('x', 1))
print(type(ve).__name__, ve.args)

# instances inside containers keep their sharing
shared = Point(0, 0)
pair = copy.deepcopy({'first': shared, 'second': [shared]})
print(pair['first'] is pair['second'][0], pair['first'] is shared)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __eq__(self, other):
        return self.rows == other.rows


m = Matrix([[1, 2], [3, 4]])
m2 = copy.deepcopy(m)
m2.rows[0][0] = 99
print(m.rows, m2.rows, m == copy.deepcopy(m))
