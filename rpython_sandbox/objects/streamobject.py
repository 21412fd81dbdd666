"""sys.stdout and sys.stderr: the guest's two output streams.

They only write: the text goes into the request's output (the controller
receives it as `output` messages tagged 1 or 2, docs/protocol.md), counted
against the sandbox's output limit like print().  There is no stdin and no
file: a guest cannot open anything."""

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.functionobject import method_table


class W_OutputStream(W_Root):
    _attrs_ = _immutable_fields_ = ["stream", "name"]
    typename = "_io.TextIOWrapper"

    def __init__(self, stream, name):
        self.stream = stream        # 1 = stdout, 2 = stderr
        self.name = name            # "<stdout>" or "<stderr>"

    def gettype(self, space):
        return space.w_textio

    def repr(self, space):
        return u"<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>" % self.name.decode("utf-8")


stream_methods, streammethod = method_table()


@streammethod("write")
def stream_write(space, w_self, args):
    args.check(space, "write", 1, 1)
    assert isinstance(w_self, W_OutputStream)
    w_text = args.args_w[0]
    if not isinstance(w_text, W_StrObject):
        raise oefmt(space, space.w_TypeError, "write() argument must be str, not %s",
                    w_text.typename)
    space.output.write(w_self.stream, w_text.value)
    return space.newint(len(w_text.value))


@streammethod("flush")
def stream_flush(space, w_self, args):
    args.check(space, "flush", 0, 0)
    return space.w_None


@streammethod("isatty")
def stream_isatty(space, w_self, args):
    args.check(space, "isatty", 0, 0)
    return space.w_False


W_OutputStream.methods = stream_methods
