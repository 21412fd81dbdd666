a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 5], (*a,), (*a, *b, 9))
print([*range(3), *"ab"])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
s = {*a, *b, 2}
print(sorted(s), type(s).__name__)
print({*()} if False else set(), [*()], (*[],))
nested = [*[*a, *b], *[[5]]]
print(nested)
print(len([*range(100)]))
gen = (i for i in range(3))
print([*gen, *gen])
def f(*args):
    return [*args, *args]
print(f(1, 2))
try:
    print([*5])
except TypeError as e:
    print("TypeError:", e)
try:
    print({**[1]})
except TypeError as e:
    print("TypeError:", e)
