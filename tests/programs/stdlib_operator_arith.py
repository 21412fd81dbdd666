import operator as op

for f in [op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow]:
    print(f(7, 2), f(-7, 3), f(2.5, 2))
print(op.neg(5), op.pos(-3), op.abs(-4), op.abs(2.5), op.abs(-0.5))
print(op.add("ab", "cd"), op.mul([1], 3), op.mod("%d-%s", (1, "x")))
print(op.concat([1, 2], [3]), op.concat("a", "b"), op.concat((1,), (2,)))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
print(op.index(7), op.index(True), op.index(-3))
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError")
total = 0
for x in range(10):
    total = op.add(total, op.mul(x, x))
print(total)
