x = 10
def f(a=x):
    return a
x = 20
print(f(), x)

def g(a=[]):
    a.append(1)
    return len(a)
print(g(), g(), g([]))

def make(n):
    def h(k=n * 2, *, m=n + 1):
        return k, m
    return h
print(make(3)(), make(3)(0), make(5)(m=0))

def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1 = counter()
c2 = counter()
print(c1(), c1(), c2(), c1())
