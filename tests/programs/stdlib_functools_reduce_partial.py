from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(operator.add, [], 100), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, s: acc + s.upper(), "abc", ">"))
print(reduce(operator.add, iter([[1], [2], [3]])))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)


def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(2), square(5, mod=7))
p2 = partial(power, 2)
print(p2(10), p2(10, mod=1000))
print(p2.func is power, p2.args, p2.keywords, square.keywords)
pp = partial(p2, mod=100)
print(pp(12), pp.func is power, pp.args, pp.keywords)
base2 = partial(int, base=2)
print(base2("1011"), base2("111", base=8))
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
try:
    partial(42)
except TypeError as e:
    print("TypeError", e)


class Adder:
    def __call__(self, *a, **k):
        return sum(a) + sum(k.values())

    def __repr__(self):
        return "Adder()"


pa = partial(Adder(), 1, 2, z=3)
print(repr(pa), pa(4, w=5))
