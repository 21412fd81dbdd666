from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 30, "nl"), ("amy", 25, "fr"), ("cid", 30, "be")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(2)("abcdef"), itemgetter(0, -1)("abcdef"))
print(itemgetter("x")({"x": 10}))
print(list(map(itemgetter(0), rows)))


class Addr:
    def __init__(self, city):
        self.city = city


class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.addr = Addr(city)

    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct


people = [Person("zoe", 40, "Oslo"), Person("al", 22, "Rome"), Person("kim", 31, "Bern")]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print([p.name for p in sorted(people, key=attrgetter("addr.city"))])
print(attrgetter("name", "addr.city")(people[0]))
try:
    attrgetter("nope")(people[0])
except AttributeError:
    print("AttributeError")
print(methodcaller("upper")("abc"))
print(methodcaller("split", ",")("a,b,c"))
print(methodcaller("greet", "Hi")(people[1]))
print(methodcaller("greet", "Hey", punct="?")(people[2]))
print(methodcaller("replace", "a", "o", 1)("banana"))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")))
print(repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
