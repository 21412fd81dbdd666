# deepcopy of plain instances (the _copy.plain fast path) and of the kinds
# that must keep the general path
import copy
class P:
    def __init__(self): self.a = [1]; self.b = {'k': (2, [3])}
class Q(P):
    def __getstate__(self): return {'a': 'state'}
class R(P):
    def __getattr__(self, n): raise AttributeError(n)
class E(Exception): pass
class L(list): pass
class Empty: pass
for o in [P(), Q(), R(), Empty()]:
    c = copy.deepcopy(o); s = copy.copy(o)
    print(type(c).__name__, vars(c), vars(c) == vars(o), c is o, vars(s))
    print(c.a is o.a if hasattr(o, 'a') and hasattr(c, 'a') else None)
e = E(1, 2); e.x = [1]
ce = copy.deepcopy(e); print(ce.args, ce.x, ce.x is e.x)
l = L([1, [2]]); l.z = 3; cl = copy.deepcopy(l); print(cl, cl.z, type(cl).__name__)
