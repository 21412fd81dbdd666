# Globals, locals and the `global` statement.
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr()
incr()
print(counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def reads_global():
    return counter * 2
print(reads_global())
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError")
    counter = 5
    return counter
print(unbound())
def make_global():
    global created
    created = "yes"
make_global()
print(created)
def delete_local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError:
        return "deleted"
print(delete_local())
g = 1
del g
try:
    print(g)
except NameError as e:
    print("NameError", e)
i = "before"
r = [i for i in range(3)]
print(i, r)
for j in range(2):
    pass
print(j)
