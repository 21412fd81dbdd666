"""Errors inside the interpreter.

Only three exception types travel through interpreter-level code:
- OperationError: a guest-level exception (a W_BaseException instance) that
  the guest may catch with try/except;
- Interrupted: a limit of the interpreter (deadline) fired; it unwinds every
  frame without running guest handlers, so the guest cannot suppress it;
- VerifyError / WireError: bytecode or wire data from the host was refused.
RPython's own MemoryError and stack overflow are turned into guest
MemoryError and RecursionError at the dispatch loop.
"""


from rpython.rlib.objectmodel import specialize


class OperationError(Exception):
    """A guest exception in flight. `w_exc` is a W_BaseException."""

    def __init__(self, w_exc):
        self.w_exc = w_exc

    def match(self, space, w_type):
        return space.exception_match(self.w_exc, w_type)

    def __str__(self):   # untranslated debugging only
        return "<OperationError %s>" % (self.w_exc,)


class Interrupted(Exception):
    """A limit stopped the guest: `reason` is e.g. "deadline"."""

    def __init__(self, reason, limit):
        self.reason = reason
        self.limit = limit      # float: the limit that was exceeded
        self.filename = ""
        self.lineno = 0


class VerifyError(Exception):
    """A code object failed verification; it never runs."""

    def __init__(self, msg):
        self.msg = msg


class WireError(Exception):
    """Bytes from the host that break docs/protocol.md."""

    def __init__(self, msg):
        self.msg = msg


@specialize.arg(2)
def oefmt(space, w_type, fmt, *args):
    """Build an OperationError of class `w_type` with a %-formatted message.

    The arguments must be RPython str (UTF-8); unicode messages go through
    space.new_exception directly.
    """
    msg = fmt % args
    return OperationError(space.new_exception(w_type, [space.newtext_utf8(msg)]))
