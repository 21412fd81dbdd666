class Step:
    def __init__(self, name):
        self.name = name

    def __call__(self, rows):
        raise NotImplementedError

    def __or__(self, other):
        return Pipeline([self, other])

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Pipeline(Step):
    def __init__(self, steps):
        super().__init__("pipeline")
        self.steps = steps

    def __or__(self, other):
        return Pipeline(self.steps + [other])

    def __call__(self, rows):
        for s in self.steps:
            rows = s(rows)
        return rows

    def __len__(self):
        return len(self.steps)

    def __repr__(self):
        return " | ".join(map(repr, self.steps))


class Filter(Step):
    def __init__(self, name, pred):
        super().__init__(name)
        self.pred = pred

    def __call__(self, rows):
        return [r for r in rows if self.pred(r)]


class Map(Step):
    def __init__(self, name, fn):
        super().__init__(name)
        self.fn = fn

    def __call__(self, rows):
        return [self.fn(r) for r in rows]


class SortBy(Step):
    def __init__(self, key, reverse=False):
        super().__init__(key)
        self.reverse = reverse

    def __call__(self, rows):
        return sorted(rows, key=lambda r: r[self.name], reverse=self.reverse)


class Take(Step):
    def __init__(self, n):
        super().__init__(str(n))
        self.n = n

    def __call__(self, rows):
        return rows[:self.n]


rows = [{"name": n, "score": s, "team": t} for n, s, t in
        [("ann", 81, "red"), ("bob", 67, "blue"), ("cy", 93, "red"), ("dee", 74, "blue"), ("eve", 88, "green"), ("fox", 59, "red")]]
p = (Filter("passing", lambda r: r["score"] >= 70)
     | Map("curve", lambda r: {**r, "score": min(100, r["score"] + 5)})
     | SortBy("score", reverse=True)
     | Take(3))
print(repr(p), len(p))
for r in p(rows):
    print(r)
reds = Filter("red", lambda r: r["team"] == "red") | SortBy("name")
print([r["name"] for r in reds(rows)], isinstance(reds, Step))
try:
    Step("abstract")(rows)
except NotImplementedError:
    print("NotImplementedError")
