class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return self

    def __exit__(self, *exc):
        Indent.level -= 1
        return False

    @staticmethod
    def say(msg):
        print("    " * Indent.level + msg)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back:", ev)
            return True
        print("committed")
        return False


Indent.say("start")
with Indent():
    Indent.say("level one")
    with Indent():
        Indent.say("level two")
        with Indent(), Indent():
            Indent.say("level four")
    Indent.say("back to one")
Indent.say("done")

store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
print(store)
with Transaction(store) as s:
    s["c"] = 3
    s["a"] = 100
    raise ValueError("constraint violated")
print(store)


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)


for val in ["12", "x", None]:
    with Suppress(ValueError, TypeError):
        print("parsed", int(val))
print("after")
