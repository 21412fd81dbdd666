f = lambda a, /, b, *, c=3: (a, b, c)
print(f(1, 2), f(1, b=2, c=4))
g = lambda *args, sep=" ": sep.join(str(a) for a in args)
print(g(1, 2, 3), g("a", "b", sep="-"))
h = lambda **kw: {k: v * 2 for k, v in kw.items()}
print(h(x=1, y="ab"))
defaults = []
for i in range(3):
    defaults.append(lambda x, i=i: x * i)
print([d(10) for d in defaults])
print((lambda x: (lambda y: x + y))(1)(2))
print(len([fn for fn in [lambda: 0, lambda: 1] if fn()]))
table = {"sq": lambda v: v * v, "neg": lambda v: -v, "id": lambda v: v}
print({name: fn(4) for name, fn in sorted(table.items())})
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print("TypeError:", e)
