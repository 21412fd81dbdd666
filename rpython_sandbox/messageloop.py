"""The message loop: reads the controller's requests on stdin, runs them in
the sandbox, and answers on stdout (docs/protocol.md).

Nothing the guest does ends this loop: guest exceptions, limits and even
interpreter bugs become replies.  Only a broken input stream (bad frame
length, end of input inside a frame) makes the process exit, with status 3.
"""

import time

from rpython.rlib.rstring import StringBuilder
from rpython.rlib.objectmodel import we_are_translated

from rpython_sandbox.error import OperationError, Interrupted, WireError, oefmt
from rpython_sandbox.wire import (read_frame, write_frame, decode_message, encode_value,
                                  encode_utf8, decode_utf8, StreamBroken)
from rpython_sandbox.space import ObjSpace
from rpython_sandbox.limits import Limits
from rpython_sandbox.interpreter import Interpreter
from rpython_sandbox.bytecode import W_Code
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.dictobject import W_DictObject
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.floatobject import W_FloatObject
from rpython_sandbox.objects.functionobject import Arguments
from rpython_sandbox.builtins import interp_builtins, interp_sys, interp_math

PROTOCOL_VERSION = 1
STDIN = 0
STDOUT = 1
OUTPUT_CHUNK = 4096
OUTPUT_MAX_AGE = 0.1     # seconds
EXIT_STREAM_BROKEN = 3


class Channel(object):
    """Frames to the controller."""

    def __init__(self, space, fd):
        self.space = space
        self.fd = fd

    def encode(self, kind, items_w):
        """The payload of a `[kind, items...]` message."""
        return encode_value(self.space, self.space.newlist([self.space.newtext_utf8(kind)] + items_w))

    def send_kind(self, kind, items_w):
        write_frame(self.fd, self.encode(kind, items_w))


class Output(object):
    """The guest's print() output, buffered and sent as `output` messages:
    when 4 KiB are buffered, before every final reply, and at an interrupt
    check once the oldest buffered text is 100 ms old (so a long-running
    script's output shows up while it runs)."""

    def __init__(self, channel):
        self.channel = channel
        self.stream = 1
        self.buffer = StringBuilder()
        self.first_write = 0.0

    def write(self, stream, text):
        if stream != self.stream:
            self.flush()
            self.stream = stream
        if self.buffer.getlength() == 0:
            self.first_write = time.time()
        self.buffer.append(encode_utf8(text))
        if self.buffer.getlength() >= OUTPUT_CHUNK:
            self.flush()

    def flush_if_stale(self, now):
        if self.buffer.getlength() > 0 and now - self.first_write >= OUTPUT_MAX_AGE:
            self.flush()

    def flush(self):
        if self.buffer.getlength() == 0:
            return
        data = self.buffer.build()
        self.buffer = StringBuilder()
        space = self.channel.space
        self.channel.send_kind("output", [space.newint(self.stream), space.newtext_utf8(data)])


class Importer(object):
    """What `import name` means in this sandbox: the host's whitelist of
    built-in modules, each made once per sandbox (no state is shared)."""

    def __init__(self, space, allowed, argv):
        self.space = space
        self.allowed = allowed
        self.argv = argv
        self.modules = {}

    def import_module(self, name):
        if name not in self.allowed:
            return None
        w_module = self.modules.get(name, None)
        if w_module is None:
            w_module = make_builtin_module(self.space, name, self.argv)
            if w_module is None:
                return None
            self.modules[name] = w_module
        return w_module


def make_builtin_module(space, name, argv):
    if name == "sys":
        return interp_sys.make_module(space, argv)
    if name == "math":
        return interp_math.make_module(space)
    if name == "random":
        from rpython_sandbox.builtins import interp_random
        return interp_random.make_module(space)
    if name == "time":
        from rpython_sandbox.builtins import interp_time
        return interp_time.make_module(space)
    if name == "cmath":
        from rpython_sandbox.builtins import interp_cmath
        return interp_cmath.make_module(space)
    return None


class Sandbox(object):
    """One sandbox: its __main__ module, builtins and limits."""

    def __init__(self, space, interp):
        self.space = space
        self.interp = interp
        self.w_main = W_ModuleObject("__main__")
        self.w_main.setvalue("__name__", space.newtext(u"__main__"))
        interp.w_builtins = interp_builtins.make_builtins_module(space)
        interp.importer = Importer(space, [], [])


class MessageLoop(object):
    def __init__(self, jit_enabled):
        space = ObjSpace()
        self.space = space
        self.limits = Limits()
        self.interp = Interpreter(space, self.limits)
        self.channel = Channel(space, STDOUT)
        self.output = Output(self.channel)
        space.output = self.output
        self.limits.output = self.output
        self.limits.install_signals()
        self.sandbox = Sandbox(space, self.interp)
        self.jit_enabled = jit_enabled

    def run(self):
        space = self.space
        info = space.newdict()
        info.setitem(space, space.newtext(u"jit"), space.newbool(self.jit_enabled))
        info.setitem(space, space.newtext(u"bytecode"), space.newint(1))
        self.channel.send_kind("ready", [space.newint(PROTOCOL_VERSION), info])
        while True:
            try:
                payload = read_frame(STDIN)
            except StreamBroken as e:
                self.protocol_error(e.msg)
                return EXIT_STREAM_BROKEN
            if payload is None:
                return 0
            try:
                w_msg = decode_message(space, payload)
            except WireError as e:
                self.protocol_error(e.msg)
                continue
            assert isinstance(w_msg, W_ListObject)
            try:
                if self.handle(w_msg):
                    return 0
            except StreamBroken:
                return EXIT_STREAM_BROKEN      # the controller stopped listening

    def protocol_error(self, msg):
        self.channel.send_kind("protocol_error", [self.space.newtext_utf8(msg)])

    def handle(self, w_msg):
        """Run one request; True when the loop should stop."""
        items_w = w_msg.items_w
        w_kind = items_w[0]
        assert isinstance(w_kind, W_StrObject)
        kind = encode_utf8(w_kind.value)
        try:
            if kind == "shutdown":
                return True
            elif kind == "configure":
                self.configure(expect_args(items_w, 2, "configure"))
            elif kind == "exec":
                self.request_exec(expect_args(items_w, 3, "exec"))
            elif kind == "call":
                self.request_call(expect_args(items_w, 5, "call"))
            elif kind == "get":
                self.request_get(expect_args(items_w, 2, "get"))
            else:
                raise WireError("unknown message type '%s'" % kind)
        except WireError as e:
            self.protocol_error(e.msg)
        return False

    # --- requests -------------------------------------------------------------
    def configure(self, args_w):
        space = self.space
        w_opts = expect_dict(args_w[0], "configure options")
        heap = opt_int(space, w_opts, "heap", 0)
        if heap < 0:
            raise WireError("heap must be >= 0")
        space.heap_quota = heap
        limit = opt_int(space, w_opts, "recursion_limit", 1000)
        if limit < 1 or limit > 100000:
            raise WireError("recursion_limit must be between 1 and 100000")
        self.interp.recursion_limit = limit
        w_builtins = opt_value(space, w_opts, "builtins")
        if w_builtins is not None and not space.is_none(w_builtins):
            self.interp.w_builtins = interp_builtins.make_builtins_module(
                space, str_list(w_builtins, "builtins"))
        modules = []
        w_modules = opt_value(space, w_opts, "modules")
        if w_modules is not None:
            modules = str_list(w_modules, "modules")
        argv = []
        w_argv = opt_value(space, w_opts, "argv")
        if w_argv is not None:
            argv = str_list(w_argv, "argv")
        self.interp.importer = Importer(space, modules, argv)
        self.channel.send_kind("result", [space.w_None])

    def request_exec(self, args_w):
        w_code = args_w[0]
        if not isinstance(w_code, W_Code):
            raise WireError("exec needs a code object")
        self.run_guarded(w_code, None, None, RequestLimits(self.space, args_w[1]))

    def request_call(self, args_w):
        space = self.space
        name = text_field(args_w[0], "call name")
        w_args = args_w[1]
        if not isinstance(w_args, W_ListObject):
            raise WireError("call arguments must be an array")
        w_kwargs = expect_dict(args_w[2], "call keyword arguments")
        kw_names = []
        kw_values_w = []
        for w_k, w_v in w_kwargs.data.items():
            kw_names.append(text_field(w_k, "keyword name"))
            kw_values_w.append(w_v)
        request_limits = RequestLimits(self.space, args_w[3])
        args = Arguments(w_args.items_w[:], kw_names, kw_values_w)
        self.run_guarded(None, name, args, request_limits)

    def request_get(self, args_w):
        space = self.space
        name = text_field(args_w[0], "name")
        w_value = self.sandbox.w_main.getvalue(name)
        if w_value is None:
            error = oefmt(space, space.w_NameError, "name '%s' is not defined", name)
            write_frame(STDOUT, self.guest_error_payload(error))
            return
        self.send_result(w_value)

    def run_guarded(self, code, func_name, args, request_limits):
        """Run module code or call a guest function, and reply.  Every way
        the guest can end (return, raise, limit, interpreter bug) becomes
        exactly one final reply, sent after the guest's last output."""
        self.limits.start_request(request_limits.timeout, request_limits.cpu_time,
                                  request_limits.instructions)
        payload = self.run_request(code, func_name, args)
        self.limits.end_request()
        self.output.flush()
        write_frame(STDOUT, payload)

    def run_request(self, code, func_name, args):
        """The encoded final reply of one request."""
        space = self.space
        try:
            try:
                if code is not None:
                    self.interp.run_module_code(code, self.sandbox.w_main)
                    w_result = space.w_None
                else:
                    w_func = self.sandbox.w_main.getvalue(func_name)
                    if w_func is None:
                        raise oefmt(space, space.w_NameError, "name '%s' is not defined", func_name)
                    w_result = self.interp.call(w_func, args)
                return self.channel.encode("result", [w_result])
            except OperationError as e:
                return self.guest_error_payload(e)
            except Interrupted as e:
                return self.interrupted_payload(e)
        except MemoryError:
            # the heap ran out where the loop could not turn it into a guest
            # MemoryError (in the JIT's own work, or while unwinding): the
            # guest is stopped all the same and the host hears why
            return self.error_payload(u"MemoryError", u"", [])
        except Exception as e:
            # an interpreter bug must not take the sandbox down: report it
            if not we_are_translated():
                import traceback
                traceback.print_exc()
            return self.error_payload(u"SystemError",
                                      u"internal error in the sandbox interpreter", [])

    def send_result(self, w_value):
        try:
            payload = self.channel.encode("result", [w_value])
        except OperationError as e:
            payload = self.guest_error_payload(e)
        write_frame(STDOUT, payload)

    def guest_error_payload(self, operr):
        space = self.space
        w_exc = operr.w_exc
        try:
            message = space.str_u(w_exc)
        except OperationError:
            message = u"<exception str() failed>"
        tb_w = []
        for i in range(len(w_exc.traceback) - 1, -1, -1):
            entry = w_exc.traceback[i]
            tb_w.append(space.newlist([space.newtext_utf8(entry.code.filename),
                                       space.newint(entry.lineno),
                                       space.newtext_utf8(entry.code.name)]))
        return self.error_payload(decode_utf8(w_exc.get_type_name()), message, tb_w)

    def error_payload(self, type_name, message, tb_w):
        """An `error` reply: the guest exception's type, message, traceback."""
        space = self.space
        info = space.newdict()
        info.setitem(space, space.newtext(u"type"), space.newtext(type_name))
        info.setitem(space, space.newtext(u"message"), space.newtext(message))
        info.setitem(space, space.newtext(u"traceback"), space.newlist(tb_w))
        return self.channel.encode("error", [info])

    def interrupted_payload(self, e):
        space = self.space
        info = space.newdict()
        info.setitem(space, space.newtext(u"reason"), space.newtext_utf8(e.reason))
        info.setitem(space, space.newtext(u"limit"), space.newfloat(e.limit))
        info.setitem(space, space.newtext(u"filename"), space.newtext_utf8(e.filename))
        info.setitem(space, space.newtext(u"lineno"), space.newint(e.lineno))
        return self.channel.encode("interrupted", [info])


class RequestLimits(object):
    """The limits in a request's options map: "timeout" and "cpu_time"
    (seconds, 0 = none) and "instructions" (a count, 0 = none)."""

    def __init__(self, space, w_opts):
        w_opts = expect_dict(w_opts, "request options")
        self.timeout = opt_seconds(space, w_opts, "timeout")
        self.cpu_time = opt_seconds(space, w_opts, "cpu_time")
        self.instructions = opt_int(space, w_opts, "instructions", 0)
        if self.instructions < 0:
            raise WireError("instructions must be >= 0")


# --- checking the shape of host messages ---------------------------------------

def opt_seconds(space, w_dict, key):
    w_value = opt_value(space, w_dict, key)
    if w_value is None or space.is_none(w_value):
        return 0.0
    if isinstance(w_value, W_FloatObject):
        t = w_value.floatval
    elif type(w_value) is W_IntObject:
        t = float(w_value.intval)
    else:
        raise WireError("%s must be a number" % key)
    if not (t >= 0.0) or t > 1e9:
        raise WireError("%s must be between 0 and 1e9 seconds" % key)
    return t


def expect_args(items_w, n, kind):
    if len(items_w) != n:
        raise WireError("'%s' takes %d fields, got %d" % (kind, n - 1, len(items_w) - 1))
    return items_w[1:]


def expect_dict(w_value, what):
    if not isinstance(w_value, W_DictObject):
        raise WireError("%s must be a map" % what)
    return w_value


def text_field(w_value, what):
    if not isinstance(w_value, W_StrObject):
        raise WireError("%s must be a str" % what)
    return encode_utf8(w_value.value)


def opt_value(space, w_dict, key):
    return w_dict.data.get(space.newtext_utf8(key), None)


def opt_int(space, w_dict, key, default):
    w_value = opt_value(space, w_dict, key)
    if w_value is None or space.is_none(w_value):
        return default
    if type(w_value) is not W_IntObject:
        raise WireError("%s must be an int" % key)
    return w_value.intval


def str_list(w_value, what):
    if not isinstance(w_value, W_ListObject):
        raise WireError("%s must be an array of str" % what)
    return [text_field(w_x, what) for w_x in w_value.items_w]
