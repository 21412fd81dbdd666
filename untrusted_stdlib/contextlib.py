"""Utilities for with-statement contexts (CPython 3.11's `contextlib`,
written for the sandbox: it runs inside the guest like any guest code).

`contextmanager` (the context managers it makes also work as function
decorators), `ContextDecorator`, `AbstractContextManager`, `suppress`,
`nullcontext`, `closing`, `ExitStack` (`enter_context`, `push`,
`callback`, `pop_all`, `close`), `redirect_stdout`, `redirect_stderr`.

Differences from CPython: nothing asynchronous yet (`asynccontextmanager`,
`AsyncExitStack`, `aclosing`: the sandbox has no coroutines), no `chdir`
(no file system); `AbstractContextManager` is a plain base class, so
`isinstance(obj, AbstractContextManager)` is true only for its subclasses;
the sandbox does not chain exceptions implicitly (`__context__`), so
ExitStack does not fix up contexts. `redirect_stdout`/`redirect_stderr`
replace `sys.stdout`/`sys.stderr` for the time of the body (which needs
`sys` granted); `print` writes to whatever `sys.stdout` holds, so
`redirect_stdout(io.StringIO())` captures as in CPython.
"""

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress"]


class AbstractContextManager:
    """A base class for context managers: __enter__ returns self."""

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None


class ContextDecorator:
    """A base class that lets a context manager be used as a decorator:
    the decorated function runs inside the context."""

    def _recreate_cm(self):
        """A context manager for one call of the decorated function (the
        instance itself; a one-shot manager returns a fresh one)."""
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        for name in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(inner, name, getattr(func, name))
            except AttributeError:
                pass
        inner.__wrapped__ = func
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager of a @contextmanager function's call."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # each call of a decorated function needs a new generator
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # the arguments are only needed to recreate the manager
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # the generator caught the exception and finished: suppressed,
            # unless it is the StopIteration thrown in
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # PEP 479: a StopIteration thrown in comes back as a
            # RuntimeError caused by it
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once
    becomes a factory of context managers; the code before the yield runs
    on entering, the code after it on leaving, and an exception of the
    with body is raised at the yield."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(helper, name, getattr(func, name))
        except AttributeError:
            pass
    helper.__wrapped__ = func
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block:
    with closing(thing) as t: ... calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing: enter_result is what its
    __enter__ returns."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Context manager to suppress the given exceptions in its body; the
    with statement goes on after the body."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        import sys
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager that sets sys.stdout to another file-like object
    for the time of its body."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager that sets sys.stderr to another file-like object
    for the time of its body."""

    _stream = "stderr"


class ExitStack(AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks:
    on leaving, the callbacks run in reverse order, each seeing the
    exception left by the ones before it.

        with ExitStack() as stack:
            files = [stack.enter_context(open_thing(n)) for n in names]
    """

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """A new stack holding all the callbacks; this one is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register exit(exc_type, exc, tb) to run on leaving, or a context
        manager's __exit__; returns its argument (a decorator too)."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter the context manager cm and push its __exit__; returns what
        its __enter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context "
                            "manager protocol" % (cls.__module__, cls.__qualname__)) from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on leaving (it sees no
        exception and cannot suppress one); returns callback."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        self._push_exit_callback(_exit_wrapper)

    def _push_exit_callback(self, callback):
        self._exit_callbacks.append(callback)

    def close(self):
        """Run the callbacks now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                pending_raise = True
                exc_details = (type(new_exc), new_exc, None)
        if pending_raise:
            raise exc_details[1]
        return received_exc and suppressed_exc
