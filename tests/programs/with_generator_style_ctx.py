class Tag:
    depth = 0

    def __init__(self, name, out):
        self.name = name
        self.out = out

    def __enter__(self):
        self.out.append("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self

    def __exit__(self, et, ev, tb):
        Tag.depth -= 1
        self.out.append("  " * Tag.depth + f"</{self.name}>")

    def text(self, s):
        self.out.append("  " * Tag.depth + s)


out = []
with Tag("html", out):
    with Tag("body", out) as body:
        with Tag("h1", out) as h:
            h.text("Report")
        for i in range(2):
            with Tag("p", out) as p:
                p.text(f"paragraph {i}")
print("\n".join(out))


class Capture:
    def __init__(self):
        self.items = []

    def __enter__(self):
        return self.items

    def __exit__(self, et, ev, tb):
        self.items.append("exit:" + (et.__name__ if et else "ok"))
        return et is ZeroDivisionError


with Capture() as c1:
    c1.append(1)
with Capture() as c2:
    c2.append(1 / 0)
print(c1, c2)
try:
    with Capture() as c3:
        raise KeyError("k")
except KeyError as e:
    print("escaped", e, c3)


def use_many(n):
    res = []
    for i in range(n):
        with Capture() as c:
            if i == 1:
                continue
            if i == 3:
                break
            c.append(i)
        res.append(c)
    return res


print(use_many(5))
