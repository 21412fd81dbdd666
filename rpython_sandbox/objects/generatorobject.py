"""Generators: the object a call of generator code (CO_GENERATOR) returns.

A generator owns the Frame of its code.  Resuming re-enters the dispatch
loop at the instruction after the YIELD_VALUE (or at the YIELD_FROM, which
asks its inner iterator again): Interpreter.resume_frame, which counts
against the recursion limit like any call, and whose instructions count
against the limits like any others.  A generator paused in a YIELD_FROM on
another generator resumes the innermost generator of that chain directly
(resume_chain).  The guest sees no frame and no code:
a generator has `send`, `throw` and `close` and nothing else.
"""

from rpython.rlib import jit

from rpython_sandbox.jit import unpack_driver
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.objects.exceptionobject import W_BaseException
from rpython_sandbox.error import OperationError, oefmt


class W_Generator(W_Root):
    _attrs_ = ["frame", "name", "running", "w_retval"]
    typename = "generator"
    iterable = True
    is_coroutine = False

    def __init__(self, frame, name):
        self.frame = frame          # None once finished
        self.name = name
        self.running = False
        self.w_retval = None        # what the code returned, once finished

    def gettype(self, space):
        return space.w_generator

    def repr(self, space):
        return u"<generator object %s>" % self.name.decode("utf-8")

    def hash(self, space):
        from rpython.rlib.objectmodel import compute_identity_hash
        return compute_identity_hash(self)

    def iter(self, space):
        return self

    def finished(self):
        return self.frame is None

    def started(self):
        return self.frame is None or self.frame.last_pc >= 0

    # Traced: a trace of the caller (a for loop, a YIELD_FROM, list(gen))
    # runs this logic inline, and the frame's run is a call of the JIT's
    # portal (Interpreter.execute), i.e. a call_assembler of the compiled
    # code for the frame's code and resume point (both promoted at the
    # call), as PyPy runs its generator frames.  Only the walks of a `yield
    # from` chain (loops) are opaque calls.
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
            raise self.already_executing(space)
        if operr is not None or not frame.in_yield_from:
            return self.resume_frame(space, w_value, operr)
        w_gen = innermost(self)
        if w_gen is None:
            raise self.already_executing(space)
        if w_gen is self:
            return self.resume_frame(space, w_value, operr)
        return self.resume_chain(space, w_gen, w_value)

    def already_executing(self, space):
        return oefmt(space, space.w_ValueError, "%s already executing", self.typename)

    @jit.unroll_safe    # one turn unless the innermost generator finishes
    def resume_chain(self, space, w_gen, w_value):
        """Resume a chain of `yield from`s (or awaits) paused in this
        generator by running the innermost generator w_gen directly: each
        value of the chain then costs one frame run, not one per level (the
        generators between are paused in their YIELD_FROM and are not
        re-entered).  When w_gen finishes, its parent's frame runs on at
        its YIELD_FROM (which takes w_gen's return value) and so on up;
        when it raises, the exception is raised at the parent's YIELD_FROM,
        as if it came from there."""
        if not w_gen.started():
            w_value = None
        operr = None
        done = False
        try:
            while True:
                w_result = None
                try:
                    w_result = w_gen.resume_frame(space, w_value, operr)
                    operr = None
                except OperationError as e:
                    operr = e
                if w_gen is self:
                    break
                if operr is None and w_gen.frame is not None:
                    break               # paused: the value leaves the chain
                w_gen = parent_in_chain(self, w_gen)
                if w_gen is None:       # cannot happen: a frame in the chain moved
                    raise oefmt(space, space.w_RuntimeError, "broken 'yield from' chain")
                w_value = space.w_None  # unused: YIELD_FROM takes w_retval
            done = True
        finally:
            if not done:
                # a limit unwound everything mid-run: no generator of the
                # chain can go on from where it is (see resume_frame)
                abandon_chain(self)
        if operr is not None:
            raise operr
        return w_result

    def resume_frame(self, space, w_value, operr):
        """Run the frame itself from where it paused."""
        frame = self.frame
        assert frame is not None
        self.running = True
        frame.suspended = False
        paused_cleanly = False
        try:
            try:
                w_result = space.interp.resume_frame(frame, w_value, operr)
                paused_cleanly = True
            except OperationError as e:
                self.frame = None
                self.w_retval = None        # nothing to return: it raised
                raise self.pep479(space, e)
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

    def pep479(self, space, e):
        """The error a generator's code raised, as it leaves the generator:
        a StopIteration becomes a RuntimeError (PEP 479)."""
        w_exc = e.w_exc
        if not w_exc.gettype(space).issubtype(space.w_StopIteration):
            return e
        if self.is_coroutine:
            msg = u"coroutine raised StopIteration"
        else:
            msg = u"generator raised StopIteration"
        w_new = space.new_exception(space.w_RuntimeError, [space.newtext(msg)])
        w_new.w_cause = w_exc
        return OperationError(w_new)

    def next(self, space):
        """The iteration protocol: None at the end (the value returned is
        dropped, as a for loop drops it)."""
        return self.resume_next(space)

    def resume_next(self, space):
        if self.frame is None:
            return None
        w_value = None
        if self.started():
            w_value = space.w_None
        w_result = self.resume(space, w_value, None)
        if self.frame is None:
            # the end: a for loop drops the value returned, and a later
            # `yield from` of this generator must evaluate to None
            self.w_retval = None
        return w_result

    def unpack(self, space):
        """All the items (list(), tuple(), set(), str.join ...): a loop of
        its own for the JIT (jit.unpack_driver)."""
        self.iter(space)        # a coroutine is not iterable
        items_w = []
        frame = self.frame
        if frame is None:
            return items_w
        code = frame.code
        while True:
            unpack_driver.jit_merge_point(code=code)
            w_next = self.resume_next(space)
            if w_next is None:
                return items_w
            space.check_interrupts_every(len(items_w))
            items_w.append(w_next)

    def stop_iteration(self, space):
        """StopIteration carrying the returned value (once)."""
        w_retval = self.w_retval
        self.w_retval = None
        args_w = []
        if w_retval is not None and not space.is_none(w_retval):
            args_w = [w_retval]
        return OperationError(space.new_exception(space.w_StopIteration, args_w))

    def exhausted(self, space):
        """send() or throw() after the end: StopIteration (a coroutine
        refuses to run again)."""
        if self.is_coroutine:
            return oefmt(space, space.w_RuntimeError,
                         "cannot reuse already awaited coroutine")
        return self.stop_iteration(space)

    def send(self, space, w_value):
        if self.frame is None:
            raise self.exhausted(space)
        if not self.started():
            if not space.is_none(w_value):
                raise oefmt(space, space.w_TypeError,
                            "can't send non-None value to a just-started %s",
                            self.typename)
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
            if self.is_coroutine:
                raise self.exhausted(space)
            raise operr
        if self.running or innermost(self) is None:
            # this generator, or one its `yield from` chain runs, is running
            # (perhaps before its first pause: checked before started())
            raise self.already_executing(space)
        if not self.started():
            self.frame = None
            self.w_retval = None
            raise operr
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
                        w_result = self.resume_frame(space, w_value, None)
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
        if self.running:
            raise self.already_executing(space)
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
        raise oefmt(space, space.w_RuntimeError, "%s ignored GeneratorExit", self.typename)

    def getattr(self, space, name):
        if name == "__name__" or name == "__qualname__":
            return space.newtext_utf8(self.name)
        return space.lookup_method(self, name)


# --- the chain of a `yield from` (resume_chain) ---------------------------------
# Walked afresh at each resume rather than kept as links: a generator of the
# chain can be finished, closed or resumed on its own between two resumes,
# and a stored link would then be stale.  The walks are loops, so opaque
# to the tracer; a chain is as deep as the nesting of `yield from`s.

def paused_on(w_gen):
    """The generator or coroutine w_gen's frame is paused on in a YIELD_FROM
    (finished, running or not), else None."""
    frame = w_gen.frame
    if frame is None or not frame.suspended or not frame.in_yield_from:
        return None
    w_inner = frame.peek()
    if isinstance(w_inner, W_Generator):
        return w_inner
    return None


@jit.dont_look_inside
def innermost(w_gen):
    """The generator to run to resume w_gen: the end of its chain of
    unfinished generators paused in `yield from`, or w_gen itself; None if
    a generator of the chain is running (so is the chain, as in CPython)."""
    while True:
        w_inner = paused_on(w_gen)
        if w_inner is None or w_inner.frame is None:
            return w_gen
        if w_inner.running:
            return None
        w_gen = w_inner


@jit.dont_look_inside
def parent_in_chain(w_top, w_gen):
    """The generator of w_top's chain paused on w_gen, or None."""
    w_cur = w_top
    while w_cur is not None:
        w_inner = paused_on(w_cur)
        if w_inner is w_gen:
            return w_cur
        w_cur = w_inner
    return None


@jit.dont_look_inside
def abandon_chain(w_top):
    """A limit unwound a run of w_top's chain: every generator of it ends."""
    w_cur = w_top
    while w_cur is not None:
        w_inner = paused_on(w_cur)
        w_cur.frame = None
        w_cur.running = False
        w_cur = w_inner


def consume_key(w_iter):
    """The green of jit's consume drivers for a builtin's loop over w_iter:
    a generator's code (each generator its own loop), else None."""
    if isinstance(w_iter, W_Generator):
        frame = w_iter.frame
        if frame is not None:
            return frame.code
    return None


def _stop_value(space, w_exc):
    assert isinstance(w_exc, W_BaseException)
    if len(w_exc.args_w) > 0:
        return w_exc.args_w[0]
    return space.w_None


def _self(w_self):
    """The generator or coroutine a method runs on (a coroutine's
    __await__() wrapper stands for its coroutine)."""
    if isinstance(w_self, W_CoroutineWrapper):
        return w_self.w_coro
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


# --- coroutines -------------------------------------------------------------------

class W_Coroutine(W_Generator):
    """What calling an `async def` function returns: a generator's machinery
    (its frame pauses only in the YIELD_FROM of an `await`) without the
    iteration protocol.  `send`, `throw`, `close` and `__await__`; no
    cr_frame, cr_code or cr_await."""
    _attrs_ = []
    typename = "coroutine"
    iterable = False
    is_coroutine = True

    def gettype(self, space):
        return space.w_coroutine

    def repr(self, space):
        return u"<coroutine object %s>" % self.name.decode("utf-8")

    def iter(self, space):
        raise oefmt(space, space.w_TypeError, "'coroutine' object is not iterable")

    def next(self, space):
        raise oefmt(space, space.w_TypeError, "'coroutine' object is not an iterator")

    def awaited(self):
        """Paused in an `await`: another `await` of it must fail."""
        return self.frame is not None and self.started() and not self.running


class W_CoroutineWrapper(W_Root):
    """coro.__await__(): an iterator over the coroutine (send, throw and
    close go to the coroutine); `await` unwraps it."""
    _attrs_ = ["w_coro"]
    typename = "coroutine_wrapper"
    iterable = True

    def __init__(self, w_coro):
        self.w_coro = w_coro

    def gettype(self, space):
        return space.w_coroutine_wrapper

    def iter(self, space):
        return self

    def next(self, space):
        return self.w_coro.resume_next(space)


AWAIT_WHERE = ["await", "__aenter__", "__aexit__", "__anext__"]


def _special(space, w_obj, name):
    """A special method of a user class, bound to w_obj, or None."""
    from rpython_sandbox.objects.classobject import bind
    w_type = w_obj.gettype(space)
    if not w_type.is_user:
        return None
    w_meth = w_type.lookup(name)
    if w_meth is None:
        return None
    return bind(space, w_meth, w_obj, w_type)


def _is_iterator(space, w_obj):
    if isinstance(w_obj, W_Generator):
        return not w_obj.is_coroutine
    w_type = w_obj.gettype(space)
    if w_type.is_user:
        return w_type.lookup("__next__") is not None
    return w_obj.iterable and w_obj.iter(space) is w_obj


def get_awaitable(space, w_obj, where):
    """GET_AWAITABLE: the iterator an `await` of w_obj runs (`where` says
    which statement asks, for the messages: AWAIT_WHERE)."""
    if isinstance(w_obj, W_Coroutine):
        if w_obj.awaited():
            raise oefmt(space, space.w_RuntimeError, "coroutine is being awaited already")
        return w_obj
    w_meth = _special(space, w_obj, "__await__")
    if w_meth is None:
        name = space.type_name_of(w_obj)
        if where == 1 or where == 2:
            raise oefmt(space, space.w_TypeError,
                        "'async with' received an object from %s that does not "
                        "implement __await__: %s", AWAIT_WHERE[where], name)
        if where == 3:
            raise oefmt(space, space.w_TypeError,
                        "'async for' received an invalid object from __anext__: %s", name)
        raise oefmt(space, space.w_TypeError,
                    "object %s can't be used in 'await' expression", name)
    w_res = space.call_function(w_meth, [])
    if isinstance(w_res, W_CoroutineWrapper):
        return w_res.w_coro
    if isinstance(w_res, W_Coroutine):
        raise oefmt(space, space.w_TypeError, "__await__() returned a coroutine")
    if not _is_iterator(space, w_res):
        raise oefmt(space, space.w_TypeError,
                    "__await__() returned non-iterator of type '%s'",
                    space.type_name_of(w_res))
    return w_res


def get_aiter(space, w_obj):
    w_meth = _special(space, w_obj, "__aiter__")
    if w_meth is None:
        raise oefmt(space, space.w_TypeError,
                    "'async for' requires an object with __aiter__ method, got %s",
                    space.type_name_of(w_obj))
    w_iter = space.call_function(w_meth, [])
    w_type = w_iter.gettype(space)
    if not w_type.is_user or w_type.lookup("__anext__") is None:
        raise oefmt(space, space.w_TypeError,
                    "'async for' received an object from __aiter__ that does not "
                    "implement __anext__: %s", space.type_name_of(w_iter))
    return w_iter


def get_anext(space, w_iter):
    w_meth = _special(space, w_iter, "__anext__")
    if w_meth is None:
        raise oefmt(space, space.w_TypeError,
                    "'async for' requires an iterator with __anext__ method, got %s",
                    space.type_name_of(w_iter))
    return space.call_function(w_meth, [])


def async_with_enter(space, w_mgr):
    """BEFORE_ASYNC_WITH: (bound __aexit__, result of __aenter__())."""
    w_enter = _special(space, w_mgr, "__aenter__")
    if w_enter is None:
        raise oefmt(space, space.w_TypeError,
                    "'%s' object does not support the asynchronous context manager protocol",
                    space.type_name_of(w_mgr))
    w_exit = _special(space, w_mgr, "__aexit__")
    if w_exit is None:
        raise oefmt(space, space.w_TypeError,
                    "'%s' object does not support the asynchronous context manager "
                    "protocol (missed __aexit__ method)", space.type_name_of(w_mgr))
    return w_exit, space.call_function(w_enter, [])


coroutine_methods, coromethod = method_table()
coroutine_methods["send"] = generator_methods["send"]
coroutine_methods["throw"] = generator_methods["throw"]
coroutine_methods["close"] = generator_methods["close"]


@coromethod("__await__")
def coro_await(space, w_self, args):
    args.check(space, "__await__", 0, 0)
    w_coro = _self(w_self)
    assert isinstance(w_coro, W_Coroutine)
    return W_CoroutineWrapper(w_coro)


W_Coroutine.methods = coroutine_methods

wrapper_methods, wrappermethod = method_table()
for _name in ["send", "throw", "close", "__next__"]:
    wrapper_methods[_name] = generator_methods[_name]
W_CoroutineWrapper.methods = wrapper_methods
