data = {"a": [1, 2, 3], "b": {"x": 1, "y": 2}}
del data["a"][1]
print(data)
del data["b"]["x"], data["a"][0]
print(data)
items = list(range(10))
del items[2:5]
print(items)
del items[::3]
print(items)
del items[-1:]
print(items)
p, q = 1, 2
del (p, q)
for name in ["p", "q"]:
    try:
        eval_me = {"p": lambda: p, "q": lambda: q}[name]
        eval_me()
    except NameError as e:
        print("NameError:", e)
def local_del():
    a = 1
    b = [a]
    del a, b[0]
    return b
print(local_del())
try:
    del data["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del items[100]
except IndexError as e:
    print("IndexError:", e)
for i in range(3):
    pass
del i
print("deleted")
