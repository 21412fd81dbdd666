class Tracker:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return False


def producer(log):
    with Tracker("producer", log):
        for i in range(5):
            if i == 3:
                raise ValueError("producer failed at 3")
            yield i


log = []
got = []
try:
    for v in producer(log):
        got.append(v)
except ValueError as e:
    log.append("caught " + str(e))
print(got, log)


def consumer(log):
    total = 0
    try:
        while True:
            x = yield total
            if x < 0:
                raise ArithmeticError(f"negative {x}")
            total += x
    except GeneratorExit:
        log.append("consumer closed at %d" % total)
        raise


log = []
c = consumer(log)
next(c)
print(c.send(5), c.send(7))
try:
    c.send(-1)
except ArithmeticError as e:
    print("ArithmeticError:", e)
print(next(c, "exhausted"))
c2 = consumer(log)
next(c2)
c2.send(3)
c2.close()
print(log)
