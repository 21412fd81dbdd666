# with + return, break, continue, nested try/finally, exceptions in __exit__
class Tag:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("<" + self.name + ">")
        return self

    def __exit__(self, t, e, tb):
        self.log.append("</" + self.name + ">")


def early(log):
    with Tag("f", log):
        for i in range(5):
            with Tag("i%d" % i, log):
                if i == 1:
                    continue
                if i == 3:
                    break
                log.append(str(i))
        return "ret"


log = []
print(early(log), log)


def inner_return(log):
    for i in range(3):
        with Tag("loop", log):
            if i == 1:
                return i
    return -1


log = []
print(inner_return(log), log)

log = []
try:
    with Tag("outer", log):
        try:
            with Tag("inner", log):
                raise RuntimeError("x")
        finally:
            log.append("finally")
except RuntimeError:
    log.append("handled")
print(log)


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        raise KeyError("from exit")


try:
    with FailingExit():
        pass
except KeyError as e:
    print("KeyError", e)
try:
    with FailingExit():
        raise ValueError("body")
except KeyError as e:
    print("KeyError replaces body error:", e)


class NoEnter:
    pass


try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)


def total(items, log):
    t = 0
    for x in items:
        with Tag(str(x), log):
            if x < 0:
                continue
            t += x
    return t


log = []
print(total([1, -2, 3], log), log)

# nested with statements and unpacking targets
class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, t, e, tb):
        return None


with Pair() as (a, b):
    print(a + b)
