# Parameters: defaults, keyword arguments, *args, **kwargs, keyword-only,
# positional-only.
def f(a, b=2, *args, c, d=4, **kw):
    return [a, b, args, c, d, sorted(kw.items())]
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=10))
print(f(c=1, a=2))
def g(x, y, /, z=0):
    return x * 100 + y * 10 + z
print(g(1, 2), g(1, 2, 3), g(1, 2, z=5))
def h(*args):
    return len(args), args
print(h(), h(1), h(1, "two", [3]))
def k(**kwargs):
    return kwargs
print(k(), k(a=1, b=2))
def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_evaluated_once(1), defaults_evaluated_once(2))
n = 10
def default_from_global(v=n * 2):
    return v
n = 0
print(default_from_global(), default_from_global(1))
def kwonly(*, flag=False, name):
    return (flag, name)
print(kwonly(name="x"), kwonly(flag=True, name="y"))
try:
    f()
except TypeError:
    print("TypeError for missing arguments")
try:
    g(1, 2, 3, 4)
except TypeError:
    print("TypeError for too many arguments")
try:
    kwonly(name=1, other=2)
except TypeError:
    print("TypeError for unexpected keyword")
def ret_none():
    pass
def ret_bare():
    return
print(ret_none(), ret_bare())
