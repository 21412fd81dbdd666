def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
for v in count_up(3):
    print("v", v)
g = count_up(2)
print(next(g), next(g), next(g, "end"), next(g, "end"))
print(sum(count_up(101)), sorted(count_up(4), reverse=True))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)

def empty():
    return
    yield
print(list(empty()))

def with_return():
    yield 1
    return "done"

g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)

def gen_try():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
print(list(gen_try()))
a, b = count_up(2)
print(a, b)
print(type(count_up(1)).__name__)
