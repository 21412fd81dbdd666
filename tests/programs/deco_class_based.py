class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


class Trace:
    log = []

    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, fn):
        prefix = self.prefix
        log = self.log

        def inner(*args):
            log.append("%s%s%r" % (prefix, fn.__name__, args))
            r = fn(*args)
            log.append("%s<- %r" % (prefix, r))
            return r
        return inner


@CountCalls
def square(x):
    return x * x


@Trace("> ")
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print([square(i) for i in range(5)], square.calls)
print(gcd(84, 36))
for line in Trace.log:
    print(line)


def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco


PLUGINS = {}


@register(PLUGINS)
class Csv:
    def render(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


@register(PLUGINS)
class Tsv:
    def render(self, rows):
        return "\n".join("\t".join(map(str, r)) for r in rows)


print(sorted(PLUGINS))
for name in sorted(PLUGINS):
    print(repr(PLUGINS[name]().render([[1, 2], ["a", "b"]])))
