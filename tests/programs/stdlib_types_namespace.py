# types.SimpleNamespace and the type names
import types

ns = types.SimpleNamespace(b=1, a='x')
print(ns, ns.a, ns.b, repr(types.SimpleNamespace()))
ns.c = [ns]
print(ns)
ns.b += 41
del ns.a
print(ns, vars(ns) == {'b': 42, 'c': [ns]}, hasattr(ns, 'a'))
print(types.SimpleNamespace(x=1, y=[2]) == types.SimpleNamespace(x=1, y=[2]),
      types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2),
      types.SimpleNamespace(x=1) != types.SimpleNamespace(x=1),
      types.SimpleNamespace(x=1) == {'x': 1}, types.SimpleNamespace() == 0)


class Config(types.SimpleNamespace):
    def get(self, name, default=None):
        return getattr(self, name, default)


cfg = Config(debug=True, level=3)
print(cfg, cfg.get('level'), cfg.get('missing', 'dflt'), cfg == types.SimpleNamespace(debug=True, level=3))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError', e.__class__.__name__)
try:
    types.SimpleNamespace().missing
except AttributeError as e:
    print('AttributeError')
records = [types.SimpleNamespace(name=n, score=s) for n, s in [('ann', 3), ('bob', 9), ('cy', 5)]]
print(sorted(records, key=lambda r: -r.score))
print(types.SimpleNamespace(**{'k': 'v', 'n': None}))


def f():
    pass


def g():
    yield


class K:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType),
      isinstance([].append, types.BuiltinMethodType), isinstance(g(), types.GeneratorType),
      isinstance(None, types.NoneType), isinstance(NotImplemented, types.NotImplementedType),
      isinstance(K.m, types.FunctionType), isinstance(K().m, types.FunctionType))
print(types.FunctionType is types.LambdaType, types.NoneType is type(None))

C = types.new_class('C', (K,), exec_body=lambda ns: ns.update({'x': 5, 'hi': lambda self: 'hi'}))
print(C.__name__, C.x, C().hi(), issubclass(C, K), C.__bases__ == (K,))
print(types.resolve_bases((K, int)) == (K, int))
