# pprint: wrapping at the width, sorted dicts, nested containers, strings
# split across lines, depth, compact, sort_dicts=False, recursion checks, the
# collections types and dataclasses.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field

report = {
    "region": "north", "quarters": [{"q": i, "sales": i * 1234.5, "units": list(range(i * 3))}
                                     for i in range(1, 4)],
    "tags": ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"),
    "notes": "a long note " * 8, "empty": {}, "ids": frozenset(), "z": None, "a": True,
}
pprint.pprint(report)
pprint.pprint(report, width=40, depth=2)
pprint.pprint(report["quarters"], compact=True, width=60)
pprint.pprint({"b": 1, "a": 2, "c": [1, 2]}, sort_dicts=False)
print(pprint.pformat(list(range(40)), width=50))
print(pprint.pformat(list(range(40)), width=50, compact=True))
print(pprint.saferepr({"x": [1, 2, {"y": (3,)}]}), pprint.isreadable([1, "a"]),
      pprint.isreadable([object]))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isrecursive([1, [2]]), pprint.isreadable(r))
pprint.pprint(OrderedDict((k, k * 2) for k in "abcdefghijklmnopqrstuvwxyz"), width=60)
dd = defaultdict(list)
for i in range(12):
    dd["key%d" % (i % 4)].append(i * 111)
pprint.pprint(dd, width=50)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"), width=60)
pprint.pprint(deque(range(30), maxlen=40), width=40)


@dataclass
class Run:
    name: str
    params: dict = field(default_factory=dict)
    scores: list = field(default_factory=list)


pprint.pprint(Run("experiment-42", {"lr": 0.001, "epochs": 100, "layers": [64, 128, 256]},
                  [0.91, 0.93, 0.95, 0.97]), width=50)
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"alpha": [1, 2, 3], "beta": {"x": "y" * 20}})
print(pp.pformat((1, 2)), pprint.pformat("short"), pprint.pformat(b"bytes" * 20, width=30))
pprint.pp({"k": [1.5, -2, 3e10]}, width=10)
