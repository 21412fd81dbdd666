class Observable:
    def __init__(self):
        self._observers = []
        self._values = {}

    def subscribe(self, fn):
        self._observers.append(fn)
        return lambda: self._observers.remove(fn)

    def _notify(self, name, old, new):
        for fn in list(self._observers):
            fn(self, name, old, new)


def observed(name, default=None, validate=None):
    def get(self):
        return self._values.get(name, default)

    def set(self, value):
        if validate is not None and not validate(value):
            raise ValueError(f"invalid {name}: {value!r}")
        old = self._values.get(name, default)
        self._values[name] = value
        if old != value:
            self._notify(name, old, value)
    return property(get, set)


class Settings(Observable):
    volume = observed("volume", 5, lambda v: 0 <= v <= 10)
    theme = observed("theme", "light", lambda v: v in ("light", "dark"))
    user = observed("user")


log = []
s = Settings()
unsub = s.subscribe(lambda o, n, a, b: log.append(f"{n}: {a!r} -> {b!r}"))
s.subscribe(lambda o, n, a, b: log.append("audit " + n) if n == "user" else None)
s.volume = 7
s.volume = 7
s.theme = "dark"
s.user = "ann"
for attr, bad in (("volume", 11), ("theme", "blue")):
    try:
        setattr(s, attr, bad)
    except ValueError as e:
        log.append("rejected " + str(e))
unsub()
s.volume = 1
s.user = "bob"
print("\n".join(log))
print(s.volume, s.theme, s.user, Settings().volume, Settings().user)
