# a model script in the style the sandbox runs: small classes working together
class Parameter:
    def __init__(self, name, value, lo=None, hi=None):
        self.name = name
        self.lo, self.hi = lo, hi
        self.value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        if self.lo is not None and v < self.lo:
            raise ValueError(f"{self.name}={v} below {self.lo}")
        if self.hi is not None and v > self.hi:
            raise ValueError(f"{self.name}={v} above {self.hi}")
        self._value = v

    def __repr__(self):
        return f"Parameter({self.name!r}, {self.value})"


class Model:
    name = "base"

    def __init__(self, params):
        self.params = {}
        for p in params:
            self.params[p.name] = p
        self.history = []

    def __getitem__(self, key):
        return self.params[key].value

    def __setitem__(self, key, value):
        self.params[key].value = value

    def step(self, t):
        raise NotImplementedError("subclasses define step()")

    def run(self, steps):
        for t in range(steps):
            self.history.append(round(self.step(t), 6))
        return self.history

    def __repr__(self):
        return f"<{type(self).__name__} {self.name} {sorted(self.params)}>"


class Growth(Model):
    name = "growth"

    def __init__(self, rate, start):
        super().__init__([Parameter("rate", rate, 0, 1), Parameter("level", start, 0)])

    def step(self, t):
        self["level"] = self["level"] * (1 + self["rate"])
        return self["level"]


class Damped(Growth):
    name = "damped"

    def step(self, t):
        value = super().step(t)
        self["rate"] = self["rate"] * 0.5
        return value


for model in [Growth(0.1, 100.0), Damped(0.5, 10.0)]:
    print(model, model.run(4))

try:
    Model([]).run(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Growth(2.0, 1.0)
except ValueError as e:
    print("ValueError:", e)
g = Growth(0.2, 1.0)
try:
    g["level"] = -1
except ValueError as e:
    print("ValueError:", e)
print(g.params["rate"], g["rate"], isinstance(g, Model), type(g).__mro__[1].__name__)
