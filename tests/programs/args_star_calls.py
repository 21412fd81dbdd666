def f(a, b, c=3, *rest, **kw):
    return a, b, c, rest, sorted(kw.items())

print(f(*[1, 2]))
print(f(1, *(2, 3, 4, 5)))
print(f(*range(3), 9, *"xy"))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "z": 26}))
print(f(*[1, 2], c=7, **{"d": 4}, e=5))
args = (10, 20)
kwargs = {"c": 30, "extra": True}
print(f(*args, **kwargs))
print(max(*[3, 9, 2]), min(*"zya"))
print(*[1, 2, 3], sep=", ")
print("a", *(), "b", **{})

def g(*args, **kwargs):
    return args, kwargs
print(g(*(), **{}))
print(g(*(i * i for i in range(4))))
print(g(*{"k": 1}))
print(g(1, *[2], 3, *[4, 5], x=1, **{"y": 2}, z=3))

for bad in [lambda: f(**{"a": 1}, **{"a": 2}, b=1), lambda: f(1, 2, **{"a": 5}),
            lambda: f(**[1]), lambda: f(1, 2, **{"c": 1}, c=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
