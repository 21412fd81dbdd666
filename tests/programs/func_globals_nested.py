# global statement, nested functions without closures, shadowing builtins.
counter = 0
def inc(by=1):
    global counter
    counter += by
    return counter
print(inc(), inc(5), counter)
def reset():
    global counter, created
    counter = 0
    created = "yes"
reset()
print(counter, created)
def outer(x):
    def helper(y):
        return y * 2
    def other(z):
        return helper_global(z) + 1
    return helper(x) + other(x)
def helper_global(z):
    return z ** 2
print(outer(3))
def shadow():
    len = 5
    return len
print(shadow(), len("abc"))
def reads_global():
    return counter + 100
counter = 7
print(reads_global())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
def make_list():
    def square(v):
        return v * v
    return [square(i) for i in range(5)]
print(make_list())
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact_global(k - 1)
    return fact(n)
def fact_global(k):
    return 1 if k <= 1 else k * fact_global(k - 1)
print(recursive_inner(10))
