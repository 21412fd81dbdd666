# common context-manager patterns written as classes
class Timer:
    """A fake timer: counts steps instead of reading a clock."""

    def __init__(self):
        self.steps = 0
        self.running = False

    def __enter__(self):
        self.running = True
        return self

    def tick(self):
        self.steps += 1

    def __exit__(self, exc_type, exc, tb):
        self.running = False
        return None


with Timer() as t:
    for _ in range(5):
        t.tick()
print(t.steps, t.running)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.backup = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.backup)
            print("rolled back because of", exc_type.__name__, exc)
            return True
        print("committed")
        return False


store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
print(store)
with Transaction(store) as s:
    s["c"] = 3
    raise ValueError("invalid c")
print(store)


class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return "  " * Indent.level

    def __exit__(self, t, e, tb):
        Indent.level -= 1


with Indent() as pad:
    print(pad + "one")
    with Indent() as pad2:
        print(pad2 + "two")
    print(pad + "back")
print(Indent.level)


class Catch:
    def __init__(self):
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        self.caught = e
        return True


with Catch() as c:
    {}["missing"]
print(type(c.caught).__name__, c.caught, c.caught.args)
with Catch() as c:
    pass
print(c.caught)


def use_in_function(n):
    total = 0
    with Catch() as c:
        for i in range(n):
            total += 10 // (3 - i)
    return total, type(c.caught).__name__ if c.caught else None


print(use_in_function(2), use_in_function(5))
