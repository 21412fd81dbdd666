# keyword-only args, defaults, *args/**kwargs definitions, error messages.
def kw_only_all(*, x, y):
    return x - y
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(f(1, c=3), f(1, 5, c=6, d=7), f(a=0, c=1), f(c=9, a=8, b=7))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(), g(1, 2), g(x=1), g(1, y=2, z=3))
def h(a, *rest, key="k"):
    return a, rest, key
print(h(1), h(1, 2, 3), h(1, key="z"), h(1, 2, key=None))
def defaults(x, y=[], z={}):
    return x, y, z
print(defaults(1), defaults(1, y=[2]))
def count_calls(n=0):
    return n + 1
print(count_calls(), count_calls(5), count_calls(n=-1))
for call in range(7):
    try:
        if call == 0:
            f(1)
        elif call == 1:
            f(1, 2, c=3, e=4)
        elif call == 2:
            f(1, c=1, e=5)
        elif call == 3:
            f(c=1)
        elif call == 4:
            f(1, a=1, c=2)
        elif call == 5:
            kw_only_all(1, 2)
        else:
            h()
    except TypeError as e:
        print("TypeError:", e)
def ret_multi():
    return 1, "two", [3]
a, b, c = ret_multi()
print(a, b, c, ret_multi())
def no_ret():
    pass
print(no_ret(), type(no_ret()).__name__)
print(kw_only_all(y=1, x=10))
