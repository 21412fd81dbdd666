def level1(a):
    b = a * 2
    def level2(c):
        d = c + b
        def level3(e):
            return a + b + c + d + e
        return level3
    return level2

print(level1(1)(2)(3))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    r1 = middle()
    x = "changed"
    return r1, middle()
print(outer())

def shadow():
    x = 1
    def f():
        x = 2
        def g():
            return x
        return g()
    return f(), x
print(shadow())

def param_capture(p, q=5):
    def show():
        return p, q
    p = p + 1
    return show
print(param_capture(1)())
print(param_capture(1, 2)())

def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(10))
