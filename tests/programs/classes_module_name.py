# A class's __module__ is its defining module's __name__ (also in reprs and
# for type(name, bases, ns)); functions likewise.
from collections import Counter, OrderedDict
import imp_globals


class Local:
    pass


def local_fn():
    pass


print(Local.__module__, local_fn.__module__, repr(Local))
print(Counter.__module__, OrderedDict.__module__, repr(Counter))
print(imp_globals.Model.__module__, repr(imp_globals.Model), imp_globals.Model().kind())
print(repr(imp_globals.Model()).split(" object")[0])
print(imp_globals.bump.__module__, type("Dyn", (Local,), {}).__module__)
print(type("Named", (), {"__module__": "elsewhere"}).__module__)
registry = {cls.__module__ + "." + cls.__name__: cls for cls in (Local, Counter, imp_globals.Model)}
print(sorted(registry))
