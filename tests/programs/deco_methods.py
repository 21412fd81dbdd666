def logged(fn):
    def inner(self, *args):
        self.log.append(fn.__name__ + str(args))
        return fn(self, *args)
    return inner


def clamp(lo, hi):
    def deco(fn):
        def inner(self, v):
            return fn(self, min(hi, max(lo, v)))
        return inner
    return deco


class Thermostat:
    unit = "C"

    def __init__(self):
        self.log = []
        self._target = 20

    @logged
    @clamp(5, 30)
    def set(self, v):
        self._target = v

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, v):
        self.set(v)

    @classmethod
    def fahrenheit(cls):
        t = cls()
        t.unit = "F"
        return t

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32


t = Thermostat()
t.set(25)
t.set(40)
t.target = -3
print(t.target, t.log)
f = Thermostat.fahrenheit()
print(f.unit, Thermostat.unit, t.unit, Thermostat.c_to_f(t.target), t.c_to_f(100))
print([Thermostat.c_to_f(c) for c in range(-10, 41, 10)])
