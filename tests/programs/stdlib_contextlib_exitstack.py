# contextlib.ExitStack: order, exceptions through the callbacks, pop_all, errors
from contextlib import ExitStack, contextmanager, suppress, redirect_stdout, redirect_stderr


class CM:
    def __init__(self, name, suppress=False, fail=None):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, typ, value, tb):
        print('exit', self.name, typ.__name__ if typ else None, value)
        if self.fail:
            raise self.fail
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='-')
    print('body', names)

with ExitStack() as stack:
    stack.enter_context(CM('outer', suppress=True))
    stack.enter_context(CM('inner'))
    raise KeyError('lost')
print('suppressed by outer')

try:
    with ExitStack() as stack:
        stack.enter_context(CM('one'))
        stack.enter_context(CM('two', fail=ValueError('from exit')))
        raise KeyError('original')
except ValueError as e:
    print('ValueError', e)

try:
    with ExitStack() as stack:
        stack.enter_context(CM('x', fail=RuntimeError('replaced')))
        stack.enter_context(CM('y', suppress=True))
        raise KeyError('gone')
except RuntimeError as e:
    print('RuntimeError', e)


def exit_fn(typ, value, tb):
    print('exit_fn sees', typ.__name__ if typ else None)
    return True


with ExitStack() as stack:
    print(stack.push(exit_fn) is exit_fn)
    stack.push(CM('pushed'))
    raise IndexError('handled')
print('pushed ok')

# callback order and arguments
results = []
with ExitStack() as stack:
    for i in range(4):
        stack.callback(results.append, i)
    stack.callback(lambda **kw: results.append(sorted(kw.items())), a=1, b=2)
print(results)

# pop_all keeps the callbacks for later
with ExitStack() as stack:
    stack.callback(print, 'deferred')
    stack.enter_context(CM('kept'))
    later = stack.pop_all()
print('stack left')
later.close()
later.close()


@contextmanager
def resource(name):
    print('open', name)
    try:
        yield name
    finally:
        print('close', name)


def open_all(names):
    with ExitStack() as stack:
        items = [stack.enter_context(resource(n)) for n in names]
        if 'bad' in names:
            raise ValueError('bad name')
        return items, stack.pop_all()


items, keep = open_all(['r1', 'r2'])
print(items)
keep.close()
try:
    open_all(['r3', 'bad'])
except ValueError as e:
    print('ValueError', e)

stack = ExitStack()
stack.callback(print, 'closed explicitly')
stack.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print('TypeError', e)


class NoExit:
    def __enter__(self):
        return self


try:
    ExitStack().enter_context(NoExit())
except TypeError as e:
    print('TypeError', e)

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print('suppress inside stack')


# redirect_stdout/redirect_stderr swap sys.stdout/sys.stderr for the body
class Capture:
    def write(self, s):
        pass


import sys
cap = Capture()
old_out, old_err = sys.stdout, sys.stderr
with redirect_stdout(cap) as target:
    seen = (target is cap, sys.stdout is cap, sys.stdout is old_out)
print(seen, sys.stdout is old_out, sys.stdout is cap)
with redirect_stderr(cap):
    seen = (sys.stderr is cap, sys.stdout is old_out)
print(seen, sys.stderr is old_err)
r = redirect_stdout(cap)
with r:
    with r:
        inner = sys.stdout is cap
    middle = sys.stdout is cap
print(inner, middle, sys.stdout is old_out)
