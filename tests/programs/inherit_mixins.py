# mixins: behaviour combined from several small classes
class ReprMixin:
    def __repr__(self):
        fields = ", ".join([f"{k}={getattr(self, k)!r}" for k in self.fields])
        return f"{type(self).__name__}({fields})"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and all([getattr(self, k) == getattr(other, k)
                                                  for k in self.fields])

    def __hash__(self):
        return hash(tuple([getattr(self, k) for k in self.fields]))


class OrderMixin:
    def _key(self):
        return tuple([getattr(self, k) for k in self.fields])

    def __lt__(self, other):
        return self._key() < other._key()


class Record(ReprMixin, EqMixin, OrderMixin):
    fields = ()

    def __init__(self, values):
        for k, v in zip(self.fields, values):
            setattr(self, k, v)


class Person(Record):
    fields = ("name", "age")


class City(Record):
    fields = ("name", "population")


people = [Person(["bob", 30]), Person(["ann", 25]), Person(["bob", 22])]
print(people)
print(sorted(people), Person(["ann", 25]) == people[1], people[0] == City(["bob", 30]))
print(len(dict([(p, 1) for p in people + [Person(["ann", 25])]])))
print([c.__name__ for c in Person.__mro__])
print(isinstance(people[0], EqMixin), issubclass(City, OrderMixin))


class CountCalls:
    calls = 0

    def counted(self):
        type(self).calls += 1
        return type(self).calls


class Service(CountCalls, Person):
    fields = ("name",)


s = Service(["svc"])
s.counted()
s.counted()
print(s, Service.calls, CountCalls.calls)
