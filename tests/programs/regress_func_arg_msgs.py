def lu():
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
lu()
def f(a, b=2):
    pass
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
def g(a, b=2, *, c=1):
    pass
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
try:
    g(1, 2, 3, c=5)
except TypeError as e:
    print(e)
def k(a):
    pass
try:
    k(1, 2)
except TypeError as e:
    print(e)
try:
    k()
except TypeError as e:
    print(e)
def m(a, b, c=1):
    pass
try:
    m()
except TypeError as e:
    print(e)
try:
    m(1, c=2)
except TypeError as e:
    print(e)
def n(*, x):
    pass
try:
    n()
except TypeError as e:
    print(e)
try:
    n(1)
except TypeError as e:
    print(e)
try:
    k(1, a=2)
except TypeError as e:
    print(e)
try:
    k(b=2)
except TypeError as e:
    print(e)
