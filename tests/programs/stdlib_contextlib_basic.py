# contextlib: contextmanager, suppress, nullcontext, closing, decorators
from contextlib import (contextmanager, suppress, nullcontext, closing, ContextDecorator,
                        AbstractContextManager)

log = []


@contextmanager
def tag(name):
    """Wraps output in a tag."""
    log.append('<%s>' % name)
    try:
        yield name.upper()
    finally:
        log.append('</%s>' % name)


with tag('b') as t:
    log.append(t)
print(log, tag.__name__)
log.clear()

try:
    with tag('i'):
        raise ValueError('inside')
except ValueError as e:
    print('propagated', e, log)
log.clear()


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print('swallowed', type(e).__name__, e)


with swallow(KeyError):
    {}['missing']
print('after swallow')
try:
    with swallow(KeyError):
        raise TypeError('not swallowed')
except TypeError as e:
    print('TypeError', e)


@contextmanager
def transaction(db):
    saved = dict(db)
    try:
        yield db
    except Exception:
        db.clear()
        db.update(saved)
        raise


db = {'a': 1}
try:
    with transaction(db) as d:
        d['b'] = 2
        raise RuntimeError('rollback')
except RuntimeError as e:
    print(e, db)
with transaction(db) as d:
    d['c'] = 3
print(db)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
try:
    with two_yields():
        raise ValueError('x')
except RuntimeError as e:
    print('RuntimeError', e)
except ValueError as e:
    print('ValueError', e)


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError('converted') from e


try:
    with converts():
        1 / 0
except ValueError as e:
    print('ValueError', e, type(e.__cause__).__name__)


@contextmanager
def reraise_stop():
    yield


try:
    with reraise_stop():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration', e)


# used as a decorator: a fresh generator per call
@tag('call')
def work(x):
    log.append('work %d' % x)
    return x * 2


print(work(1), work(2), log)
log.clear()

# suppress
with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with suppress(LookupError):
    {}['k']
with suppress():
    pass
try:
    with suppress(KeyError):
        int('x')
except ValueError as e:
    print('ValueError', e)
s = suppress(ZeroDivisionError)
for i in range(3):
    with s:
        print(10 // (1 - i))
print(suppress(KeyError).__exit__(None, None, None), suppress(KeyError).__exit__(KeyError, KeyError(), None))

# nullcontext
with nullcontext() as v:
    print('null', v)
with nullcontext(42) as v:
    print('null', v)


def maybe(lock=None):
    with lock if lock is not None else nullcontext('no lock') as l:
        return l


print(maybe(), maybe(nullcontext('given')))


# closing
class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print('closing', self.name)


r = Resource('r1')
with closing(r) as got:
    print(got is r, got.closed)
print(r.closed)
try:
    with closing(Resource('r2')):
        raise KeyError('k')
except KeyError:
    print('KeyError after close')


# ContextDecorator and AbstractContextManager
class Tracked(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False


@Tracked()
def decorated(a, b=2):
    print('body', a, b)
    return a + b


print(decorated(1), decorated(5, b=5), decorated.__name__)
try:
    decorated('x')
except TypeError as e:
    print('TypeError')


class Plain(AbstractContextManager):
    def __exit__(self, *args):
        print('plain exit')


p = Plain()
with p as q:
    print(q is p)
print(isinstance(p, AbstractContextManager))
