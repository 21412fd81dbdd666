# str/repr/args of user exceptions in several shapes
class E(Exception):
    pass


class Sub(E):
    pass


class KE(KeyError):
    pass


cases = [E(), E("one"), E("a", 2), E(None), E(""), Sub(1.5), KE("key"), KE(), KE(1, 2),
         E(["list"]), E(("t",))]
for c in cases:
    print(repr(str(c)), repr(c), c.args)
print([E("x")], {"err": Sub("y")})
print(f"{E('in fstring')}", "%s" % E("percent"))
print(str(E("a")) == "a", E("a") == E("a"), isinstance(E(), BaseException))
print(E.__name__, Sub.__mro__[1].__name__, KE.__base__.__name__)


class Custom(Exception):
    def __repr__(self):
        return "Custom!"


print(repr(Custom()), [Custom()], str(Custom("s")))
