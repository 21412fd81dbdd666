def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter(100)
print(inc2(), get(), get2())

def accumulate():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add

a = accumulate()
for i in range(5):
    print(a(i), end=" ")
print()
