# Functions defined inside functions that use only their own names and
# globals (no closures), functions as values.
SCALE = 3
def outer(x):
    def helper(y):
        return y * SCALE
    def other(y, z=x):
        return y + z
    return helper(x) + other(1)
print(outer(2), outer(10))
def apply(fn, values):
    return [fn(v) for v in values]
def square(v):
    return v * v
print(apply(square, [1, 2, 3]), apply(abs, [-1, 2, -3]), apply(str, [1, 2]))
ops = {"sq": square, "neg": outer}
print(ops["sq"](7))
def returns_function():
    def inner(a, b):
        return a - b
    return inner
sub = returns_function()
print(sub(10, 3), sub(b=10, a=3))
def compose_apply(f, g, v):
    return f(g(v))
print(compose_apply(square, abs, -4))
