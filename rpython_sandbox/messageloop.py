"""The message loop: reads the controller's requests on stdin, runs them in
the sandbox, and answers on stdout (docs/protocol.md).

Nothing the guest does ends this loop: guest exceptions, limits and even
interpreter bugs become replies.  Only a broken input stream (bad frame
length, end of input inside a frame) makes the process exit, with status 3.
"""

import os
import time

from rpython.rlib import rgc, jit
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.objectmodel import we_are_translated

from rpython_sandbox.error import OperationError, Interrupted, WireError, oefmt
from rpython_sandbox.wire import (read_frame, write_frame, decode_message, encode_value,
                                  encode_utf8, decode_utf8, StreamBroken)
from rpython_sandbox.space import ObjSpace
from rpython_sandbox.limits import Limits
from rpython_sandbox.interpreter import Interpreter, DEFAULT_RECURSION_LIMIT
from rpython_sandbox.pool import Pool
from rpython_sandbox.gcstats import heap_used, collect_and_trim
from rpython_sandbox.bytecode import W_Code
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.dictobject import W_DictObject
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.noneobject import W_NoneObject
from rpython_sandbox.objects.floatobject import W_FloatObject
from rpython_sandbox.objects.functionobject import Arguments
from rpython_sandbox.objects.exceptionobject import W_BaseException
from rpython_sandbox.builtins import interp_builtins, interp_sys, interp_math
from rpython_sandbox.objects.typeobject import method_cache

PROTOCOL_VERSION = 3   # 3: the Ellipsis extension (ext 3)
STDIN = 0
STDOUT = 1
OUTPUT_CHUNK = 4096
OUTPUT_MAX_AGE = 0.1     # seconds
DEFAULT_OUTPUT_LIMIT = 16 << 20     # bytes of guest output per request
EXIT_STREAM_BROKEN = 3
EXIT_BACKSTOP = 4
MAX_SANDBOX_ID = 1 << 31
# chained exceptions sent with an uncaught one (CPython prints them all;
# a guest could chain millions)
MAX_CHAIN = 32
BACKSTOP_BASE = 32 << 20            # the interpreter's own data, JIT included
RETURN_AFTER_DESTROY = 4 << 20      # collect at once after destroying this much
REASON_OUTPUT = "output"


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
    script's output shows up while it runs).

    Output is a resource like memory: a request that writes more than the
    sandbox's output limit (UTF-8 bytes) is stopped, after what fitted has
    been sent."""

    def __init__(self, channel):
        self.channel = channel
        self.stream = 1
        self.buffer = StringBuilder()
        self.first_write = 0.0
        self.limit = 0              # bytes per request; 0 = none
        self.written = 0            # bytes this request

    def start_request(self, limit):
        self.limit = limit
        self.written = 0

    def write(self, stream, text):
        if stream != self.stream:
            self.flush()
            self.stream = stream
        if self.buffer.getlength() == 0:
            self.first_write = time.time()
        data = encode_utf8(text)
        over = self.limit > 0 and self.written + len(data) > self.limit
        if over:
            room = self.limit - self.written
            assert room >= 0
            data = utf8_prefix(data, room)
        self.written += len(data)
        self.buffer.append(data)
        if over:
            self.flush()
            raise Interrupted(REASON_OUTPUT, float(self.limit))
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


def utf8_prefix(data, n):
    """The longest prefix of UTF-8 `data` of at most n bytes that does not
    cut a character."""
    if n >= len(data):
        return data
    while n > 0 and (ord(data[n]) & 0xC0) == 0x80:
        n -= 1
    assert n >= 0
    return data[:n]


class Importer(object):
    """What `import name` means in this sandbox (docs/modules.md).  Only
    names in the host's whitelist are importable: a built-in RPython module
    (sys, math), else a module the host sends as code (`["import", name]`,
    docs/protocol.md), which runs as guest code in a fresh module of this
    sandbox.  Each module is made once per sandbox: no state is shared."""

    def __init__(self, space, allowed, argv, host):
        self.space = space
        self.allowed = allowed
        self.argv = argv
        self.host = host            # fetch_module(name) -> W_Code or None
        self.modules = {}           # name -> W_ModuleObject
        self.unavailable = {}       # names the host said it does not have

    def allows(self, name):
        """Is `name` granted?  A package grants its submodules: the
        whitelist names top-level modules (docs/modules.md)."""
        dot = name.find(".")
        if dot >= 0:
            name = name[:dot]
        return name in self.allowed

    @jit.dont_look_inside   # may talk to the controller and run module code
    def import_module(self, name):
        """The module `name`, or None if this sandbox may not import it.
        A dotted name imports its packages first, as CPython does, and
        the submodule becomes an attribute of its package.  The module's
        own code may raise (a guest exception) or hit a limit."""
        if not self.allows(name):
            return None
        w_module = self.modules.get(name, None)
        if w_module is not None:
            return w_module
        dot = name.rfind(".")
        w_parent = None
        if dot >= 0:
            w_parent = self.import_module(name[:dot])
            if w_parent is None:
                return None
            w_module = self.modules.get(name, None)    # the package's code imported it
            if w_module is not None:
                return w_module
        else:
            w_module = make_builtin_module(self.space, name, self.argv)
            if w_module is not None:
                self.modules[name] = w_module
                return w_module
        if self.host is None or name in self.unavailable:
            return None
        code = self.host.fetch_module(name)
        if code is None:
            self.unavailable[name] = None
            return None
        w_module = self.run_module(name, code)
        if w_parent is not None and isinstance(w_parent, W_ModuleObject):
            assert dot >= 0
            w_parent.setvalue(name[dot + 1:], w_module)
        return w_module

    def run_module(self, name, code):
        """Run a host module's code in a new module registered first, as
        CPython does: a circular import sees the partly initialised module,
        and a module whose code fails is removed again."""
        w_module = W_ModuleObject(name)
        w_module.setvalue("__name__", self.space.newtext_utf8(name))
        self.modules[name] = w_module
        ok = False
        try:
            self.space.interp.run_module_code(code, w_module)
            ok = True
        finally:
            if not ok and self.modules.get(name, None) is w_module:
                del self.modules[name]
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
    if name == "array":
        from rpython_sandbox.builtins import interp_array
        return interp_array.make_module(space)
    if name == "_json":
        from rpython_sandbox.builtins import interp_json
        return interp_json.make_module(space)
    if name == "_copy":
        from rpython_sandbox.builtins import interp_copy
        return interp_copy.make_module(space)
    return None


class Sandbox(object):
    """One sandbox: its __main__ module, builtins, importer, limits and
    memory pool.  Sandboxes in one process share no guest object: each has
    its own modules, and the objects they share (the builtin types) are
    immutable."""

    def __init__(self, space, sid, quota, recursion_limit, builtin_names, modules,
                 argv, output_limit, accounting, host=None):
        self.sid = sid
        self.w_main = W_ModuleObject("__main__")
        self.w_main.setvalue("__name__", space.newtext(u"__main__"))
        self.w_builtins = interp_builtins.make_builtins_module(space, builtin_names)
        self.importer = Importer(space, modules, argv, host)
        self.recursion_limit = recursion_limit
        self.output_limit = output_limit
        self.pool = Pool(quota)
        self.pool.roots = self
        self.accounting = accounting    # False: no charging, no marks (benchmarks)

    def release(self):
        """Drop everything the guest made.  The JIT's compiled code may
        keep a module's cells as constants after the sandbox is gone, so the
        cells are emptied rather than merely forgotten."""
        for w_module in [self.w_main, self.w_builtins] + self.importer.modules.values():
            w_module.clear()
        self.importer.modules.clear()
        # the method cache may hold this sandbox's class attributes
        method_cache.clear()

    def mark_roots(self, marker):
        """What this sandbox holds between requests (the running request's
        frames are walked by the marker itself)."""
        marker.visit(self.w_main)
        marker.visit(self.w_builtins)
        for w_module in self.importer.modules.values():
            marker.visit(w_module)


class MessageLoop(object):
    def __init__(self, jit_enabled):
        space = ObjSpace()
        self.space = space
        self.limits = Limits()
        self.interp = Interpreter(space, self.limits)
        self.accountant = self.interp.accountant
        self.channel = Channel(space, STDOUT)
        self.output = Output(self.channel)
        space.output = self.output
        self.limits.output = self.output
        self.limits.install_signals()
        self.sandboxes = {}         # sid -> Sandbox
        self.backstop = 0           # the process heap limit set; 0 = none
        self.host_backstop = os.environ.get("PYPY_GC_MAX") is not None
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
            elif kind == "create":
                self.request_create(expect_args(items_w, 3, "create"))
            elif kind == "destroy":
                self.request_destroy(expect_args(items_w, 2, "destroy"))
            elif kind == "exec":
                self.request_exec(expect_args(items_w, 4, "exec"))
            elif kind == "call":
                self.request_call(expect_args(items_w, 6, "call"))
            elif kind == "get":
                self.request_get(expect_args(items_w, 3, "get"))
            elif kind == "stats":
                self.request_stats(expect_args(items_w, 3, "stats"))
            elif kind == "process_stats":
                self.request_process_stats(expect_args(items_w, 1, "process_stats"))
            else:
                raise WireError("unknown message type '%s'" % kind)
        except WireError as e:
            self.protocol_error(e.msg)
        return False

    # --- requests -------------------------------------------------------------
    def lookup(self, w_sid):
        sid = sandbox_id(w_sid)
        sandbox = self.sandboxes.get(sid, None)
        if sandbox is None:
            raise WireError("no sandbox with id %d" % sid)
        return sandbox

    def request_create(self, args_w):
        space = self.space
        sid = sandbox_id(args_w[0])
        if sid in self.sandboxes:
            raise WireError("a sandbox with id %d exists already" % sid)
        w_opts = expect_dict(args_w[1], "create options")
        quota = opt_int(space, w_opts, "heap", 0)
        if quota < 0:
            raise WireError("heap must be >= 0")
        recursion_limit = opt_int(space, w_opts, "recursion_limit", DEFAULT_RECURSION_LIMIT)
        if recursion_limit < 1 or recursion_limit > 100000:
            raise WireError("recursion_limit must be between 1 and 100000")
        output_limit = opt_int(space, w_opts, "output_limit", DEFAULT_OUTPUT_LIMIT)
        if output_limit < 0:
            raise WireError("output_limit must be >= 0")
        builtin_names = None
        w_builtins = opt_value(space, w_opts, "builtins")
        if w_builtins is not None and not space.is_none(w_builtins):
            builtin_names = str_list(w_builtins, "builtins")
        modules = []
        w_modules = opt_value(space, w_opts, "modules")
        if w_modules is not None:
            modules = str_list(w_modules, "modules")
        argv = []
        w_argv = opt_value(space, w_opts, "argv")
        if w_argv is not None:
            argv = str_list(w_argv, "argv")
        accounting = True
        w_accounting = opt_value(space, w_opts, "accounting")
        if w_accounting is not None:
            accounting = space.is_true(w_accounting)
        if not accounting and quota > 0:
            raise WireError("a heap quota needs accounting")
        self.sandboxes[sid] = Sandbox(space, sid, quota, recursion_limit, builtin_names,
                                      modules, argv, output_limit, accounting, self)
        self.update_backstop()
        self.channel.send_kind("result", [space.w_None])

    def request_destroy(self, args_w):
        sandbox = self.lookup(args_w[0])
        del self.sandboxes[sandbox.sid]
        sandbox.release()
        self.interp.w_builtins = None
        self.interp.importer = None
        self.update_backstop()
        if sandbox.pool.peak + sandbox.pool.charged >= RETURN_AFTER_DESTROY:
            collect_and_trim()  # give a big sandbox's memory back now
        self.channel.send_kind("result", [self.space.w_None])

    def update_backstop(self):
        """The process heap limit (RPython's GC raises MemoryError past it):
        the sum of the quotas plus room for garbage and the interpreter's own
        data.  Reached only if a pool's accounting were wrong (run_request).
        None while a sandbox without a quota exists, or when the host set
        PYPY_GC_MAX itself."""
        if self.host_backstop:
            return
        total = 0
        for sandbox in self.sandboxes.values():
            if sandbox.pool.quota <= 0:
                total = -1
                break
            total += sandbox.pool.quota
        backstop = 0
        if total > 0:
            backstop = total + total // 2 + BACKSTOP_BASE
        if backstop != self.backstop:
            self.backstop = backstop
            rgc.set_max_heap_size(backstop)

    def request_exec(self, args_w):
        sandbox = self.lookup(args_w[0])
        w_code = args_w[1]
        if not isinstance(w_code, W_Code):
            raise WireError("exec needs a code object")
        self.run_guarded(sandbox, w_code, None, None, RequestLimits(self.space, args_w[2]))

    def request_call(self, args_w):
        sandbox = self.lookup(args_w[0])
        name = text_field(args_w[1], "call name")
        w_args = args_w[2]
        if not isinstance(w_args, W_ListObject):
            raise WireError("call arguments must be an array")
        w_kwargs = expect_dict(args_w[3], "call keyword arguments")
        kw_names = []
        kw_values_w = []
        for w_k, w_v in w_kwargs.data.items():
            kw_names.append(text_field(w_k, "keyword name"))
            kw_values_w.append(w_v)
        request_limits = RequestLimits(self.space, args_w[4])
        args = Arguments(w_args.items_w[:], kw_names, kw_values_w)
        self.run_guarded(sandbox, None, name, args, request_limits)

    def request_get(self, args_w):
        space = self.space
        sandbox = self.lookup(args_w[0])
        name = text_field(args_w[1], "name")
        w_value = sandbox.w_main.getvalue(name)
        if w_value is None:
            error = oefmt(space, space.w_NameError, "name '%s' is not defined", name)
            write_frame(STDOUT, self.guest_error_payload(error))
            return
        self.send_result(w_value)

    def request_stats(self, args_w):
        space = self.space
        sandbox = self.lookup(args_w[0])
        w_opts = expect_dict(args_w[1], "stats options")
        w_collect = opt_value(space, w_opts, "collect")
        pool = sandbox.pool
        if w_collect is not None and space.is_true(w_collect):
            self.accountant.activate(pool)
            try:
                self.accountant.collect(pool)
            finally:
                self.accountant.deactivate()
        info = space.newdict()
        for key, value in [("live", pool.live), ("peak", pool.peak), ("quota", pool.quota),
                           ("marks", pool.marks), ("allocated", pool.allocated),
                           ("output_limit", sandbox.output_limit)]:
            info.setitem(space, space.newtext_utf8(key), space.newint(value))
        self.channel.send_kind("result", [info])

    def request_process_stats(self, args_w):
        space = self.space
        info = space.newdict()
        for key, value in [("sandboxes", len(self.sandboxes)), ("heap_used", heap_used()),
                           ("backstop", self.backstop)]:
            info.setitem(space, space.newtext_utf8(key), space.newint(value))
        self.channel.send_kind("result", [info])

    def run_guarded(self, sandbox, code, func_name, args, request_limits):
        """Run module code or call a guest function in `sandbox`, and reply.
        Every way the guest can end (return, raise, limit, interpreter bug)
        becomes exactly one final reply, sent after the guest's last output."""
        interp = self.interp
        interp.w_builtins = sandbox.w_builtins
        interp.importer = sandbox.importer
        interp.recursion_limit = sandbox.recursion_limit
        self.output.start_request(sandbox.output_limit)
        self.limits.start_request(request_limits.timeout, request_limits.cpu_time,
                                  request_limits.instructions)
        if sandbox.accounting:
            self.accountant.activate(sandbox.pool)
        payload = self.run_request(sandbox, code, func_name, args)
        self.accountant.deactivate()
        self.limits.end_request()
        self.output.flush()
        write_frame(STDOUT, payload)

    def run_request(self, sandbox, code, func_name, args):
        """The encoded final reply of one request."""
        space = self.space
        try:
            try:
                if code is not None:
                    self.interp.run_module_code(code, sandbox.w_main)
                    w_result = space.w_None
                else:
                    w_func = sandbox.w_main.getvalue(func_name)
                    if w_func is None:
                        raise oefmt(space, space.w_NameError, "name '%s' is not defined", func_name)
                    w_result = self.interp.call(w_func, args)
                return self.channel.encode("result", [w_result])
            except OperationError as e:
                try:
                    return self.guest_error_payload(e)
                except Interrupted as e2:
                    # a limit stopped the guest's __str__ of the error or
                    # of an exception chained to it
                    return self.interrupted_payload(e2)
            except Interrupted as e:
                return self.interrupted_payload(e)
        except MemoryError:
            # RPython's GC reached the process backstop: a pool's accounting
            # failed.  What the process holds can no longer be trusted to fit,
            # so it stops, saying why; the controller tells every sandbox.
            os.write(2, "pypy-sandbox-vm: process memory backstop reached (%d bytes)\n"
                     % self.backstop)
            os._exit(EXIT_BACKSTOP)
        except StreamBroken:
            raise       # the controller is gone: the loop exits
        except Exception as e:
            # an interpreter bug must not take the sandbox down: report it
            if not we_are_translated():
                import traceback
                traceback.print_exc()
            return self.error_payload(u"SystemError",
                                      u"internal error in the sandbox interpreter", [])

    def fetch_module(self, name):
        """Ask the controller for the code of module `name`, in the middle of
        a request: `["import", name]`, answered by `["module", name, code]`
        or `["module", name, None]` (docs/protocol.md).  A malformed answer
        fails the import with ImportError; the frame boundary holds."""
        space = self.space
        self.output.flush()             # the guest's output first, in order
        self.channel.send_kind("import", [space.newtext_utf8(name)])
        payload = read_frame(STDIN)
        if payload is None:
            raise StreamBroken("end of input while waiting for module '%s'" % name)
        try:
            w_code = module_answer(decode_message(space, payload), name)
        except WireError as e:
            raise oefmt(space, space.w_ImportError,
                        "module '%s' could not be imported: bad answer from the host: %s",
                        name, e.msg)
        if isinstance(w_code, W_StrObject):
            # the host has the module but could not compile it: its message
            raise OperationError(space.new_exception(space.w_ImportError,
                                                     [space.newtext(w_code.value)]))
        if w_code is None:
            return None
        assert isinstance(w_code, W_Code)
        return w_code

    def send_result(self, w_value):
        try:
            payload = self.channel.encode("result", [w_value])
        except OperationError as e:
            payload = self.guest_error_payload(e)
        write_frame(STDOUT, payload)

    def guest_error_payload(self, operr):
        space = self.space
        w_exc = operr.w_exc
        info = self.exception_info(w_exc)
        # The exceptions before it, as CPython prints them: its __cause__,
        # else its __context__ unless suppressed, and so on back; most
        # recent first, each with how it leads to the one after it.
        chain_w = []
        seen = [w_exc]
        w_cur = w_exc
        while len(chain_w) < MAX_CHAIN:
            if w_cur.w_cause is not None:
                w_next, how = w_cur.w_cause, u"cause"
            elif w_cur.w_context is not None and not w_cur.suppress_context:
                w_next, how = w_cur.w_context, u"context"
            else:
                break
            if not isinstance(w_next, W_BaseException) or w_next in seen:
                break
            w_link = self.exception_info(w_next)
            w_link.setitem(space, space.newtext(u"how"), space.newtext(how))
            chain_w.append(w_link)
            seen.append(w_next)
            w_cur = w_next
        if chain_w:
            info.setitem(space, space.newtext(u"chain"), space.newlist(chain_w))
        return self.channel.encode("error", [info])

    def exception_info(self, w_exc):
        """{"type", "message", "traceback"} of a guest exception."""
        space = self.space
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
        return self.error_info(decode_utf8(w_exc.get_type_name()), message, tb_w)

    def error_info(self, type_name, message, tb_w):
        space = self.space
        info = space.newdict()
        info.setitem(space, space.newtext(u"type"), space.newtext(type_name))
        info.setitem(space, space.newtext(u"message"), space.newtext(message))
        info.setitem(space, space.newtext(u"traceback"), space.newlist(tb_w))
        return info

    def error_payload(self, type_name, message, tb_w):
        """An `error` reply: the guest exception's type, message, traceback."""
        return self.channel.encode("error", [self.error_info(type_name, message, tb_w)])

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

def module_answer(w_msg, name):
    """The code in the controller's answer `["module", name, code or None]`
    to `["import", name]`; WireError if it is anything else."""
    assert isinstance(w_msg, W_ListObject)
    items_w = w_msg.items_w
    if text_field(items_w[0], "message type") != "module":
        raise WireError("expected a 'module' message")
    if len(items_w) != 3:
        raise WireError("'module' takes 2 fields, got %d" % (len(items_w) - 1))
    if text_field(items_w[1], "module name") != name:
        raise WireError("the answer names another module")
    w_code = items_w[2]
    if isinstance(w_code, W_NoneObject):
        return None
    if isinstance(w_code, W_StrObject):
        return w_code           # why the host could not compile it
    if not isinstance(w_code, W_Code):
        raise WireError("a module's code must be a code object, a str or nil")
    return w_code


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


def sandbox_id(w_value):
    if type(w_value) is not W_IntObject or not (0 < w_value.intval < MAX_SANDBOX_ID):
        raise WireError("a sandbox id must be an int between 1 and 2**31 - 1")
    return w_value.intval


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
