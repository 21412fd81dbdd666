# PEP 560: a base that is not a class but has __mro_entries__ is replaced
# by the classes it returns; the class keeps __orig_bases__.
class Base:
    def hello(self):
        return "hello from " + type(self).__name__


class Other:
    pass


class Alias:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return self.targets


alias = Alias(Base)


class C(alias):
    pass


print(C().hello(), [k.__name__ for k in C.__mro__], C.__bases__ == (Base,))
print(C.__orig_bases__[0] is alias)


class D(Alias(Base, Other), Other.__class__ and object):
    pass


print([k.__name__ for k in D.__mro__])


class Empty:
    def __mro_entries__(self, bases):
        return ()


class E(Empty(), Base):
    pass


print([k.__name__ for k in E.__mro__])


class Plain(Base):
    pass


print(hasattr(Plain, "__orig_bases__"))

try:
    class Bad(3):
        pass
except TypeError as e:
    print("TypeError")


class BadEntries:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class F(BadEntries()):
        pass
except TypeError as e:
    print("TypeError:", e)
