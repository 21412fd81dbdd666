G = 0

def bump_global():
    def inner():
        global G
        G += 1
        return G
    return inner

b = bump_global()
b()
b()
print(G)

def nl():
    x = 0
    def f():
        nonlocal x
        x += 1
    def g():
        nonlocal x
        x *= 10
    f(); g(); f()
    return x
print(nl())

def two_levels():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 100
        inner()
        return v
    return mid(), v
print(two_levels())

def nonlocal_del():
    x = 5
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return type(e).__name__

print(nonlocal_del())

def global_in_enclosing():
    global G
    G = 50
    def read():
        return G
    return read()
print(global_in_enclosing(), G)
