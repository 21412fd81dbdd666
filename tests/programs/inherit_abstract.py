# abstract-style base classes without the abc module
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.area():.2f})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Broken(Shape):
    pass


shapes = [Circle(1), Sq(2), Circle(0.5), Sq(1)]
print(sorted(shapes))
print(max(shapes), min(shapes))
try:
    Broken().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    sorted([Sq(1), Broken()])
except NotImplementedError as e:
    print("NotImplementedError:", e)
print([isinstance(s, Shape) for s in shapes])
print(sum([s.area() for s in shapes if isinstance(s, Sq)]))


class Visitor:
    def visit(self, node):
        name = "visit_" + type(node).__name__
        method = getattr(self, name, None)
        if method is None:
            return self.generic(node)
        return method(node)

    def generic(self, node):
        return "generic " + type(node).__name__


class Num:
    def __init__(self, v):
        self.v = v


class Add:
    def __init__(self, a, b):
        self.a, self.b = a, b


class Neg:
    def __init__(self, x):
        self.x = x


class Evaluator(Visitor):
    def visit_Num(self, n):
        return n.v

    def visit_Add(self, n):
        return self.visit(n.a) + self.visit(n.b)


tree = Add(Num(1), Add(Num(2), Num(3)))
print(Evaluator().visit(tree), Evaluator().visit(Neg(Num(1))))
