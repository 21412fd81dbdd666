# globals(): the calling module's namespace as a live dict (reads and
# writes both ways), as model scripts use it to look up cases by name.
import imp_globals

RATE = 0.05
CASES = {"small": ([1, 2], 3), "large": (list(range(10)), 1)}


def public(d):
    return sorted(k for k in d if not k.startswith("__"))


g = globals()
print(g["RATE"], "RATE" in g, "nope" in g, g.get("nope", "default"))
print(globals()["__name__"])

# writes through globals() are globals, and globals show in the view
g["created"] = "by item assignment"
print(created)
later = 7
print(g["later"], len(public(g)) == len(public(globals())))


def set_from_function(name, value):
    globals()[name] = value


set_from_function("from_fn", [1, 2, 3])
print(from_fn, g["from_fn"] is from_fn)


def rebind():
    global RATE
    RATE = 0.1


rebind()
print(g["RATE"])

# cases looked up by name, as pyperformance's json_dumps does
for case in sorted(["small_case", "large_case"]):
    globals()[case] = CASES[case.split("_")[0]]
for case in ["small_case", "large_case"]:
    obj, count = globals()[case]
    print(case, obj, count)

# the dict methods
print(g.setdefault("fresh", 11), fresh, g.setdefault("fresh", 12))
print(g.pop("fresh"), "fresh" in g, g.pop("fresh", "gone"))
g.update({"u1": 1}, u2=2)
print(u1 + u2, sorted(k for k, v in g.items() if k in ("u1", "u2")))
del g["u1"]
try:
    print(u1)
except NameError as e:
    print("NameError:", e)
try:
    g["missing"]
except KeyError as e:
    print("KeyError:", e)
snapshot = dict(globals())
snapshot["not_global"] = 1
print("not_global" in g, snapshot["RATE"])
print(globals() == globals(), "{...}" in repr(g))

# in a class body and a comprehension: still the module's
class Model:
    rate = globals()["RATE"] * 2
    names = [n for n in ("RATE", "Model", "zzz") if n in globals()]


print(Model.rate, Model.names)

# another module's globals() is its own
m = imp_globals.own_globals()
print(m["counter"], "RATE" in m, "own_globals" in m)
print(imp_globals.bump(), imp_globals.bump(), imp_globals.counter, m["counter"])
m["counter"] = 100
print(imp_globals.counter, imp_globals.bump())
print(globals is globals, callable(globals))
try:
    globals(1)
except TypeError as e:
    print("TypeError:", e)
