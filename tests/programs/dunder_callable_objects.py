# objects standing in for functions: key functions, callbacks, bound methods as values
class By:
    def __init__(self, field, reverse=False):
        self.field = field
        self.reverse = reverse

    def __call__(self, row):
        v = row[self.field]
        return -v if self.reverse else v


rows = [{"a": 3, "b": 1}, {"a": 1, "b": 2}, {"a": 2, "b": 3}]
print(sorted(rows, key=By("a")), sorted(rows, key=By("b", reverse=True)))
print(max(rows, key=By("a")), min(rows, key=By("b")))


class Events:
    def __init__(self):
        self.handlers = []

    def on(self, handler):
        self.handlers.append(handler)
        return handler

    def fire(self, value):
        return [h(value) for h in self.handlers]


class Collector:
    def __init__(self):
        self.seen = []

    def record(self, v):
        self.seen.append(v)
        return len(self.seen)


ev = Events()
c = Collector()
ev.on(c.record)
ev.on(By("k"))
ev.on(str)
print(ev.fire({"k": 5}), ev.fire({"k": 6}), c.seen)
m1, m2 = c.record, c.record
print(m1 == m2, m1 is m2, m1.__self__ is c, m1.__func__ is Collector.record)
print(Collector.record(c, "direct"), c.seen[-1])
