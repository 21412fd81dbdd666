# with: many items, order of enter/exit, exceptions in __enter__, values kept
log = []


class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name

    def __exit__(self, t, e, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return self.suppress


with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append(a + b + c)
print(log)

log = []
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except RuntimeError as e:
    log.append(str(e))
print(log)

log = []
with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("v")
    log.append("not reached")
log.append("after")
print(log)

log = []
with CM("s1", suppress=True), CM("s2"):
    raise KeyError
print(log)

log = []
for i in range(3):
    with CM(str(i)) as name:
        if i == 1:
            continue
        log.append("body " + name)
print(log)

log = []


def find(items):
    with CM("search"):
        for x in items:
            with CM("item"):
                if x > 1:
                    return x
    return None


print(find([1, 2, 3]), log)
