d = {"one": 1, "two": 2, "three": 3}
print(list(reversed(d)), list(reversed(list(d.values()))))
print(list(reversed(range(10, 0, -3))), list(reversed([[1], [2]])), "".join(reversed("stressed")))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
gen_like = map(str, [1, 2])
print(next(gen_like), next(gen_like), next(gen_like, "stop"))
for bad in [5, None]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
