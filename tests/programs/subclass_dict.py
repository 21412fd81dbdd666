# Subclasses of dict (__missing__ as defaultdict and Counter need) and
# user mapping classes accepted where CPython takes a mapping


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self.factory()
        self[key] = value
        return value


class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self[x] += 1

    def __missing__(self, key):
        return 0

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


class Mapping:
    def __init__(self, d):
        self._d = d

    def keys(self):
        return list(self._d)

    def __getitem__(self, k):
        return self._d[k] * 10


dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, len(dd), dd.get("zz"), "zz" in dd, sorted(dd.keys()))
print(isinstance(dd, dict), type(dd).__name__, dd.factory is list)

c = Counter("mississippi")
print(c["s"], c["z"], c.most_common(2), sum(c.values()), "z" in c)
print(dict(c) == {"m": 1, "i": 4, "s": 4, "p": 2}, c == {"m": 1, "i": 4, "s": 4, "p": 2})

a = Attr(x=1)
a.y = 2
print(a, a.x, a.y, hasattr(a, "z"), len(a))

lo = Lower()
lo["ABC"] = 1
print(lo, lo["aBc"], "Abc" in lo, lo.get("abc"), list(lo.items()))


def kw(**kwargs):
    return sorted(kwargs.items())


print(kw(**dd), kw(**Mapping({"p": 1, "q": 2})))
print({**c, "extra": 0} == {"m": 1, "i": 4, "s": 4, "p": 2, "extra": 0})
print(dict(Mapping({"k": 3})), dict(a), dict(a, z=9))
d = {}
d.update(Mapping({"u": 1}))
d.update(a)
print(d)
print("%(x)s and %(y)s" % a, "%(k)s" % Mapping({"k": 5}), "%(m)d" % c)
print("{x}-{y}".format(**a), "{0[x]}".format(a))
print(c.copy() == dict(c), type(c.copy()).__name__, c.pop("m"), c.setdefault("n", 7))
print(repr(Counter("ab")), str(DefaultDict(int, {1: 2})))
print(dict.__getitem__(a, "x"), dict.get(a, "nope", "dflt"), dict.__contains__(a, "y"))
e = DefaultDict(int)
for w in "the cat the dog the end".split():
    e[w] += 1
print(sorted(e.items()), list(e), [k for k in e if e[k] > 1])
del e["the"]
print(e, e == {"cat": 1, "dog": 1, "end": 1}, e | {"x": 1}, type(e | {}).__name__)
e |= {"y": 2}
print(type(e).__name__, e)
try:
    hash(e)
except TypeError as ex:
    print(ex)


def walk(x):
    if isinstance(x, dict):
        return {k: walk(v) for k, v in x.items()}
    if isinstance(x, list):
        return [walk(v) for v in x]
    return x


print(walk(Attr(a=[Attr(b=1)], c=Counter("aa"))))
