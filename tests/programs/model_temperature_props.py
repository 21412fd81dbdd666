class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero: %r" % v)
        self._c = float(v)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._c + 273.15

    def __repr__(self):
        return "Temperature(%.2fC / %.2fF / %.2fK)" % (self._c, self.fahrenheit, self.kelvin)


t = Temperature(25)
print(t)
t.fahrenheit = 212
print(t, t.celsius)
for bad in (-300, -273.16):
    try:
        t.celsius = bad
    except ValueError as e:
        print("ValueError:", e)
print(t.celsius)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError")
readings = [Temperature(c) for c in (-40, 0, 37, 100)]
print([round(r.fahrenheit, 2) for r in readings], readings[0].fahrenheit == readings[0].celsius)


class Sensor:
    def __init__(self, name):
        self.name = name
        self._vals = []

    def record(self, v):
        self._vals.append(v)

    values = property(lambda self: tuple(self._vals))
    count = property(lambda self: len(self._vals), doc="number of readings")

    @property
    def mean(self):
        return sum(self._vals) / len(self._vals) if self._vals else None

    @mean.deleter
    def mean(self):
        self._vals.clear()


s = Sensor("s1")
print(s.mean, s.count)
for v in (20.5, 21.0, 19.75):
    s.record(v)
print(s.values, s.count, s.mean, Sensor.count.__doc__)
del s.mean
print(s.values, s.mean)
