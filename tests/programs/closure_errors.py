def f():
    def g():
        return x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return g()
print(f())

def h():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 2
    def k():
        return y
    return k()
print(h())

def deleted():
    z = 1
    def read():
        return z
    del z
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
deleted()
