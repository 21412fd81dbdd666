# with statements: __enter__/__exit__, the value bound by `as`, exceptions
class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit %s %s %s" % (self.name, exc_type.__name__ if exc_type else None, exc))
        return False


log = []
with Resource("a", log) as value:
    log.append("body " + value)
print(log)

log = []
try:
    with Resource("b", log):
        log.append("before")
        raise ValueError("boom")
        log.append("never")
except ValueError as e:
    log.append("caught " + str(e))
print(log)

# several items: entered left to right, exited right to left
log = []
with Resource("x", log) as x, Resource("y", log) as y:
    log.append(x + y)
print(log)

log = []
try:
    with Resource("p", log), Resource("q", log):
        raise KeyError("k")
except KeyError:
    log.append("caught")
print(log)


class Suppress:
    def __init__(self, types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        return t is not None and issubclass(t, self.types)


with Suppress(ZeroDivisionError):
    print("dividing")
    1 / 0
    print("not reached")
print("suppressed")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

with Suppress(ValueError) as s:
    pass
print(type(s).__name__)
