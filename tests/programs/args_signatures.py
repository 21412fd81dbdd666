def full(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, sorted(kw.items())

print(full(1, d=4))
print(full(1, 2, 3, 4, 5, d=6, e=7, f=8))
print(full(1, c=30, d=40))

def kwonly(*, x, y=2):
    return x, y
print(kwonly(x=1), kwonly(y=3, x=4))

def posonly(a, b, /):
    return a - b
print(posonly(5, 3))

def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))

def kw_collects_posonly_name(a, /, **kw):
    return a, kw
print(kw_collects_posonly_name(1, a=2))

tests = [
    lambda: posonly(1, b=2),
    lambda: kwonly(1),
    lambda: kwonly(),
    lambda: mixed(1, 2, 3),
    lambda: full(),
    lambda: full(1),
    lambda: mixed(a=1, b=2, c=3),
    lambda: kwonly(x=1, z=2),
    lambda: posonly(1),
    lambda: posonly(1, 2, 3),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
