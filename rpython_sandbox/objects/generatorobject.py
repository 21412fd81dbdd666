"""Generators: the object a call of generator code (CO_GENERATOR) returns.

A generator owns the Frame of its code.  Resuming re-enters the dispatch
loop at the instruction after the YIELD_VALUE (or at the YIELD_FROM, which
asks its inner iterator again): Interpreter.resume_frame, which counts
against the recursion limit like any call, and whose instructions count
against the limits like any others.  The guest sees no frame and no code:
a generator has `send`, `throw` and `close` and nothing else.
"""

from rpython.rlib import jit

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.objects.exceptionobject import W_BaseException
from rpython_sandbox.error import OperationError, oefmt


class W_Generator(W_Root):
    _attrs_ = ["frame", "name", "running", "w_retval"]
    typename = "generator"
    iterable = True

    def __init__(self, frame, name):
        self.frame = frame          # None once finished
        self.name = name
        self.running = False
        self.w_retval = None        # what the code returned, once finished

    def gettype(self, space):
        return space.w_generator

    def repr(self, space):
        return u"<generator object %s>" % self.name.decode("utf-8")

    def iter(self, space):
        return self

    def finished(self):
        return self.frame is None

    def started(self):
        return self.frame is None or self.frame.last_pc >= 0

    # Opaque to the tracer: a trace of the caller calls it, and the
    # generator's frame runs in the interpreter's own loop (tracing a resumed,
    # non-fresh frame inline gave wrong virtualizable states).
    @jit.dont_look_inside
    def resume(self, space, w_value, operr):
        """Run the code until it yields (return the value) or finishes
        (return None; w_retval has the returned value).  w_value is what
        the paused `yield` evaluates to (None before the first run)."""
        frame = self.frame
        if frame is None:
            if operr is not None:
                raise operr
            return None
        if self.running:
            raise oefmt(space, space.w_ValueError, "generator already executing")
        self.running = True
        frame.suspended = False
        paused_cleanly = False
        try:
            try:
                w_result = space.interp.resume_frame(frame, w_value, operr)
                paused_cleanly = True
            except OperationError as e:
                self.frame = None
                self.w_retval = space.w_None
                w_exc = e.w_exc
                if w_exc.gettype(space).issubtype(space.w_StopIteration):
                    # PEP 479
                    w_new = space.new_exception(space.w_RuntimeError,
                                                [space.newtext(u"generator raised StopIteration")])
                    w_new.w_cause = w_exc
                    raise OperationError(w_new)
                raise
        finally:
            self.running = False
            if not paused_cleanly:
                # an error, or a limit that unwound the frame mid-instruction:
                # its stack is in no state to go on from, so it never will
                self.frame = None
        if not frame.suspended:
            self.frame = None
            self.w_retval = w_result
            return None
        return w_result

    def next(self, space):
        """The iteration protocol: None at the end (the value returned is
        dropped, as a for loop drops it)."""
        if self.frame is None:
            return None
        w_value = None
        if self.started():
            w_value = space.w_None
        return self.resume(space, w_value, None)

    def stop_iteration(self, space):
        """StopIteration carrying the returned value (once)."""
        w_retval = self.w_retval
        self.w_retval = None
        args_w = []
        if w_retval is not None and not space.is_none(w_retval):
            args_w = [w_retval]
        return OperationError(space.new_exception(space.w_StopIteration, args_w))

    def send(self, space, w_value):
        if self.frame is None:
            raise self.stop_iteration(space)
        if not self.started():
            if not space.is_none(w_value):
                raise oefmt(space, space.w_TypeError,
                            "can't send non-None value to a just-started generator")
            w_value = None
        w_result = self.resume(space, w_value, None)
        if self.frame is None:
            raise self.stop_iteration(space)
        return w_result

    def throw(self, space, operr):
        """Raise `operr` where the generator is paused; the value it yields
        next (StopIteration if it finishes)."""
        frame = self.frame
        if frame is None:
            raise operr
        if not self.started():
            self.frame = None
            self.w_retval = None
            raise operr
        if self.running:
            raise oefmt(space, space.w_ValueError, "generator already executing")
        from rpython_sandbox import opcodes
        if frame.code.opcode_at(frame.last_pc) == opcodes.YIELD_FROM:
            w_inner = frame.peek()
            if isinstance(w_inner, W_Generator):
                # delegate: the inner generator sees the exception first
                try:
                    w_result = w_inner.throw(space, operr)
                except OperationError as e:
                    if not e.w_exc.gettype(space).issubtype(space.w_StopIteration):
                        operr = e     # raised in the outer generator instead
                    else:
                        # the inner one finished: `yield from` evaluates
                        # to its value and the outer code goes on
                        w_value = _stop_value(space, e.w_exc)
                        frame.pop()
                        frame.resume_pc = frame.last_pc + 1
                        w_result = self.resume(space, w_value, None)
                        if self.frame is None:
                            raise self.stop_iteration(space)
                        return w_result
                else:
                    return w_result
        w_result = self.resume(space, None, operr)
        if self.frame is None:
            raise self.stop_iteration(space)
        return w_result

    def close(self, space):
        if self.frame is None:
            return
        if not self.started():
            self.frame = None
            return
        w_exit = space.new_exception(space.w_GeneratorExit, [])
        try:
            self.throw(space, OperationError(w_exit))
        except OperationError as e:
            w_type = e.w_exc.gettype(space)
            if (w_type.issubtype(space.w_GeneratorExit)
                    or w_type.issubtype(space.w_StopIteration)):
                return
            raise
        raise oefmt(space, space.w_RuntimeError, "generator ignored GeneratorExit")

    def getattr(self, space, name):
        if name == "__name__" or name == "__qualname__":
            return space.newtext_utf8(self.name)
        return space.lookup_method(self, name)


def _stop_value(space, w_exc):
    assert isinstance(w_exc, W_BaseException)
    if len(w_exc.args_w) > 0:
        return w_exc.args_w[0]
    return space.w_None


def _self(w_self):
    assert isinstance(w_self, W_Generator)
    return w_self


generator_methods, genmethod = method_table()


@genmethod("send")
def gen_send(space, w_self, args):
    args.check(space, "send", 1, 1)
    return _self(w_self).send(space, args.args_w[0])


@genmethod("throw")
def gen_throw(space, w_self, args):
    args.check(space, "throw", 1, 3)
    w_type = args.args_w[0]
    if len(args.args_w) >= 2 and not space.is_none(args.args_w[1]):
        w_value = args.args_w[1]
        if isinstance(w_value, W_BaseException):
            w_exc = w_value
        else:
            w_exc = space.exception_from(space.call_function(w_type, [w_value]))
    else:
        w_exc = space.exception_from(w_type)
    return _self(w_self).throw(space, OperationError(w_exc))


@genmethod("close")
def gen_close(space, w_self, args):
    args.check(space, "close", 0, 0)
    _self(w_self).close(space)
    return space.w_None


@genmethod("__next__")
def gen_next(space, w_self, args):
    args.check(space, "__next__", 0, 0)
    return _self(w_self).send(space, space.w_None)


W_Generator.methods = generator_methods
