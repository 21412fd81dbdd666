events = []


class ConnectionRefused(Exception):
    pass


class Resource:
    def __init__(self, name, fail_on=None):
        self.name = name
        self.fail_on = fail_on
        self.open = False

    def __enter__(self):
        events.append("open " + self.name)
        self.open = True
        if self.fail_on == "enter":
            raise ConnectionRefused("cannot open " + self.name)
        return self

    def use(self, x):
        if self.fail_on == "use":
            raise ValueError(f"{self.name} rejects {x}")
        return f"{self.name}:{x}"

    def __exit__(self, et, ev, tb):
        self.open = False
        events.append("close %s (%s)" % (self.name, et.__name__ if et else "clean"))
        return et is KeyError


def job(fail_on, key=False):
    try:
        with Resource("db") as db, Resource("cache", fail_on) as cache:
            events.append(db.use(1))
            events.append(cache.use(2))
            if key:
                raise KeyError("suppressed")
            return "done"
    except (ConnectionRefused, ValueError) as e:
        return "failed: %s" % e
    finally:
        events.append("finally")


for args in [(None,), ("use",), ("enter",), (None, True)]:
    events.clear()
    print(args, job(*args))
    for e in events:
        print("   ", e)


def nested_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                if i == 2:
                    break
                out.append("body%d" % i)
            finally:
                out.append("inner%d" % i)
        finally:
            out.append("outer%d" % i)
    return out


print(nested_finally())
