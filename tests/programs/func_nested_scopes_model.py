RATE = 0.05
calls = 0


def model(principal, years, rate=None):
    global calls
    calls += 1
    r = RATE if rate is None else rate
    schedule = []

    def grow(p):
        return p * (1 + r)

    def run():
        nonlocal principal
        for y in range(1, years + 1):
            principal = grow(principal)
            schedule.append((y, round(principal, 2)))
        return principal

    final = run()
    return round(final, 2), schedule


print(model(1000, 3))
print(model(1000, 5, rate=0.1)[0])
RATE = 0.07
print(model(500, 2), calls)


def make_counter(step=1):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    def get():
        return count

    def reset(to=0):
        nonlocal count
        old, count = count, to
        return old
    return inc, get, reset


inc, get, reset = make_counter(5)
inc()
inc()
print(get(), reset(1), get(), inc())
inc2, get2, _ = make_counter()
inc2()
print(get(), get2())


def outer():
    x = "outer"

    def mid():
        def inner():
            return x
        return inner
    x = "rebound"
    return mid()()


print(outer())


def shadow():
    RATE = "local"

    def see():
        return RATE
    return see(), globals_rate()


def globals_rate():
    return RATE


print(shadow())
