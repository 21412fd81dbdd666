"""The dispatch loop and one small handler per opcode.

execute() runs one frame: it fetches an instruction, dispatches to the
handler named after the opcode (an unrolled if-chain once translated, so
each handler is inlined), and turns exceptions into jumps to the innermost
active handler.  Handlers return the next instruction index.  Everything
about objects goes through the space; everything about limits through
Limits; the JIT hints live in jit.py.
"""

from rpython.rlib import jit
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib import rstackovf

from rpython_sandbox import opcodes
from rpython_sandbox.opcodes import OPNAMES, CO_MODULE
from rpython_sandbox.error import OperationError, Interrupted, oefmt
from rpython_sandbox.frame import Frame
from rpython_sandbox.pool import Accountant
from rpython_sandbox.jit import driver
from rpython_sandbox.bytecode import W_Code
from rpython_sandbox.objects.functionobject import W_Function, Arguments
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox.objects.dictobject import W_DictObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.cellobject import W_Cell
from rpython_sandbox.objects.setobject import W_SetObject
from rpython_sandbox.objects.generatorobject import W_Generator, W_Coroutine
from rpython_sandbox.objects import generatorobject
from rpython_sandbox.objects.moduleobject import W_ModuleObject, GLOBALS_BUILTIN

# (opcode number, handler name) for every opcode but RETURN_VALUE and
# YIELD_VALUE, which the loop itself handles because they leave the loop.
_HANDLERS = unrolling_iterable([(i, OPNAMES[i]) for i in range(len(OPNAMES))
                                if OPNAMES[i] != "RETURN_VALUE"
                                and OPNAMES[i] != "YIELD_VALUE"])

# Instructions that only move references between the stack, the locals and
# the constants: they cannot raise (a LOAD_FAST of an unbound local is left
# to the dispatch loop, which raises), jump, call or leave the frame, so
# execute() runs a stretch of them after the instruction before it without
# a jit_merge_point of their own (Interpreter.run_moves).  RPython counts
# every merge point against the trace limit (jit.py, TRACE_LIMIT), and
# these are about half of all instructions.
_MOVES = unrolling_iterable([(getattr(opcodes, name), name) for name in [
    "NOP", "POP_TOP", "ROT_TWO", "ROT_THREE", "DUP_TOP", "DUP_TOP_TWO",
    "LOAD_CONST", "LOAD_FAST", "STORE_FAST"]])

DEFAULT_RECURSION_LIMIT = 1000


def _make_execute(jitted):
    """The dispatch loop, the JIT's portal (jitted; a copy without the JIT's
    hints can be made for debugging).  A generator's or coroutine's frame
    is resumed in it too, at frame.resume_pc: W_Generator.resume is traced
    in its caller's trace, and the run of the frame is a recursive call of
    the portal there (a call_assembler, the code and the resume pc
    promoted), so each resume point of a generator gets its own compiled
    entry, as PyPy runs generator frames in its portal."""
    def execute(self, frame):
        frame = jit.hint(frame, access_directly=True)
        code = frame.code
        pc = frame.resume_pc        # 0 but for a generator's frame
        w_sent = frame.w_sent
        if w_sent is not None:
            frame.w_sent = None
            frame.push(w_sent)
        operr = frame.resume_operr
        if operr is not None:
            frame.resume_operr = None
            pc = self.handle_error(frame, code, frame.last_pc, operr)
        # Every instruction counts (limits.py), but in a local: a field
        # written per instruction costs the JIT dearly, a local costs
        # nothing.  The count is handed to the limits at backward jumps and
        # whenever control leaves the frame (return, exception); a callee's
        # check points see the caller's count only from then on, which moves
        # the stop point by a few instructions but keeps it deterministic.
        pending = 0
        while True:
            if jitted:
                driver.jit_merge_point(pc=pc, code=code, frame=frame, self=self,
                                       pending=pending)
                # A loop starts with pending == 0; as a constant, every
                # `pending += 1` below folds away in compiled code (one
                # guard where a trace starts instead of an addition per
                # instruction).
                pending = jit.promote(pending)
            pending += 1
            op = code.opcode_at(pc)
            if op == opcodes.RETURN_VALUE:
                self.limits.ticker -= pending
                return frame.pop()
            if op == opcodes.YIELD_VALUE:
                self.limits.ticker -= pending
                frame.last_pc = pc
                frame.resume_pc = pc + 1
                frame.in_yield_from = False
                frame.suspended = True
                w_yielded = frame.pop()
                # the frame outlives this run: its fields must be on the
                # heap, not in a trace's registers (as PyPy does on Yield)
                jit.hint(frame, force_virtualizable=True)
                return w_yielded
            arg = code.oparg_at(pc)
            operr = None
            next_pc = pc
            try:
                next_pc = self.dispatch(frame, code, pc, op, arg)
            except OperationError as e:
                operr = e
            except rstackovf.StackOverflow:
                rstackovf.check_stack_overflow()
                operr = oefmt(self.space, self.space.w_RecursionError,
                              "maximum recursion depth exceeded")
            except Interrupted as e:
                if e.filename == "":
                    locate(e, code, pc)
                raise
            if operr is not None:
                self.limits.ticker -= pending     # the frame may be left here
                pending = 0
                next_pc = self.handle_error(frame, code, pc, operr)
            elif next_pc < 0:
                # YIELD_FROM got a value from its iterator: pass it out; the
                # frame goes on at the YIELD_FROM, which asks again
                self.limits.ticker -= pending
                frame.last_pc = pc
                frame.resume_pc = pc
                frame.in_yield_from = True
                frame.suspended = True
                w_yielded = frame.pop()
                jit.hint(frame, force_virtualizable=True)
                return w_yielded
            elif next_pc > pc:
                start = next_pc
                next_pc = self.run_moves(frame, code, next_pc)
                pending += next_pc - start      # each one counts
            if op == opcodes.JUMP_ABSOLUTE and next_pc <= pc:
                # a loop: an interrupt check point
                self.limits.ticker -= pending
                pending = 0
                if self.limits.ticker < 0:
                    next_pc = self.loop_check(frame, code, pc, next_pc)
                if jitted:
                    driver.can_enter_jit(pc=next_pc, code=code, frame=frame, self=self,
                                         pending=pending)
            pc = next_pc
    if not jitted:
        execute.func_name = "execute_generator"
    return execute


class Interpreter(object):
    _immutable_fields_ = ["space", "limits"]

    def __init__(self, space, limits):
        self.space = space
        self.limits = limits
        self.depth = 0
        self.recursion_limit = DEFAULT_RECURSION_LIMIT
        self.w_builtins = None      # the sandbox's builtins module
        self.importer = None        # the sandbox's messageloop.Importer
        self.topframeref = jit.vref_None    # the running frame (see run_frame)
        space.interp = self
        space.limits = limits
        self.accountant = Accountant(space, self, limits)
        space.accountant = self.accountant
        limits.memory = self.accountant

    # --- running code -------------------------------------------------------
    def run_module_code(self, code, w_module):
        return self.run_frame(Frame(code, w_module))

    def run_frame(self, frame):
        self.enter(frame)
        try:
            return self.execute(frame)
        finally:
            self.leave(frame)

    def resume_frame(self, frame, w_value, operr):
        """Run a generator's frame on from where it paused: push w_value
        (unless None) as the value of the paused `yield`, or raise operr
        there.  Counts against the recursion limit like a call."""
        frame.w_sent = w_value
        frame.resume_operr = operr
        self.enter(frame)
        try:
            return self.execute(frame)
        finally:
            self.leave(frame)

    def enter(self, frame):
        """A frame starts running: the recursion limit, and the chain of
        running frames (the pool's roots), kept as PyPy's ExecutionContext
        keeps it, with virtual references the JIT can keep virtual."""
        if self.depth >= self.recursion_limit:
            raise oefmt(self.space, self.space.w_RecursionError,
                        "maximum recursion depth exceeded")
        self.depth += 1
        frame.f_backref = self.topframeref
        self.topframeref = jit.virtual_ref(frame)

    def leave(self, frame):
        frame_ref = self.topframeref
        self.topframeref = frame.f_backref
        jit.virtual_ref_finish(frame_ref, frame)
        self.depth -= 1

    # execute() and execute_generator(): made by _make_execute below

    def loop_check(self, frame, code, pc, next_pc):
        """The slow path of a loop's check point: a fired limit is located
        here; the pool's MemoryError (pool.py) is a guest exception raised
        by this instruction."""
        try:
            self.limits.check_now()
        except Interrupted as e:
            locate(e, code, pc)
            raise
        except OperationError as e:
            return self.handle_error(frame, code, pc, e)
        return next_pc

    def dispatch(self, frame, code, pc, op, arg):
        for opnum, name in _HANDLERS:
            if op == opnum:
                return getattr(self, name)(frame, code, pc, arg)
        raise oefmt(self.space, self.space.w_RuntimeError, "bad opcode %d", op)

    @jit.unroll_safe    # code and pc are constants in a trace: a fixed stretch
    def run_moves(self, frame, code, pc):
        """Run the _MOVES instructions from pc on; the index of the first
        instruction not run."""
        while pc < code.ninstrs:
            op = code.opcode_at(pc)
            arg = code.oparg_at(pc)
            if op == opcodes.LOAD_FAST and frame.locals_w[arg] is None:
                break
            moved = False
            for opnum, name in _MOVES:
                if op == opnum:
                    pc = getattr(self, name)(frame, code, pc, arg)
                    moved = True
            if not moved:
                break
        return pc

    def handle_error(self, frame, code, pc, operr):
        """Jump to the innermost handler, or let the error leave the frame."""
        operr.w_exc.add_traceback(frame, code, code.line_at(pc))
        block = frame.pop_block()
        if block is None:
            raise operr
        frame.cut_stack(block.level)
        frame.push(operr.w_exc)
        return block.handler

    # --- calls --------------------------------------------------------------
    @jit.unroll_safe    # the copy loop runs code.argcount times: a constant
    def call_function(self, w_func, args):
        """Call a guest function: bind the arguments into a new frame.

        The JIT must see this and run_frame (no loop it cannot unroll), so
        that the recursive execute() becomes a direct call of the callee's
        compiled code rather than an opaque call into the interpreter."""
        self.limits.check_point()
        code = jit.promote(w_func.code)
        frame = Frame(code, w_func.w_module)
        frame.w_defclass = w_func.w_defclass
        if (len(args.kw_names) == 0 and len(args.args_w) == code.argcount
                and code.nparams() == code.argcount):
            for i in range(code.argcount):
                frame.locals_w[i] = args.args_w[i]
        elif not self.bind_plain(w_func, code, frame, args):
            self.bind_arguments(w_func, frame, args)
        closure_w = w_func.closure_w
        if closure_w is not None:
            # MAKE_FUNCTION checked that the cells fit after the parameters
            base = code.nparams()
            for i in range(len(closure_w)):
                slot = base + i
                assert slot >= 0
                frame.locals_w[slot] = closure_w[i]
        if code.is_generator():
            if code.is_coroutine():
                return W_Coroutine(frame, code.name)
            return W_Generator(frame, code.name)
        return self.run_frame(frame)

    def too_many_positional(self, w_func, args):
        """CPython 3.11's message, ranges and keyword-only counts included."""
        space = self.space
        code = w_func.code
        nargs = code.argcount
        ndefaults = len(w_func.defaults_w)
        if ndefaults > 0:
            takes = "from %d to %d positional arguments" % (nargs - ndefaults, nargs)
        else:
            takes = "%d positional argument%s" % (nargs, "" if nargs == 1 else "s")
        nkw_given = 0
        for kw in args.kw_names:
            for i in range(nargs, nargs + code.kwonlyargcount):
                if code.varnames[i] == kw:
                    nkw_given += 1
        given = len(args.args_w)
        extra = ""
        if nkw_given > 0:
            extra = " positional argument%s (and %d keyword-only argument%s)" % (
                "" if given == 1 else "s", nkw_given, "" if nkw_given == 1 else "s")
        return oefmt(space, space.w_TypeError, "%s() takes %s but %d%s %s given",
                     _func_name(w_func), takes, given, extra,
                     "was" if given == 1 and nkw_given == 0 else "were")

    @jit.unroll_safe    # every loop is bounded by the code's or the call site's constants
    def bind_plain(self, w_func, code, frame, args):
        """Bind a call that needs no *args/**kwargs packing: positional
        arguments, keywords naming parameters, defaults for the rest.  The
        common case after the exact-positional one (`f(x)` of `def f(x,
        y=0)`, `find(update=True)`), kept free of residual calls so the
        callee's frame stays virtual in a trace.  (frame.locals_w is read
        at every use: the frame is virtualizable.)  False, with the parameter
        slots cleared, when anything is off: bind_arguments then does the
        general binding and says what is wrong."""
        if code.has_varargs() or code.has_varkeywords():
            return False
        nargs = code.argcount
        nparams = nargs + code.kwonlyargcount
        given = args.args_w
        if len(given) > nargs:
            return False
        for i in range(len(given)):
            frame.locals_w[i] = given[i]
        ok = True
        for k in range(len(args.kw_names)):
            slot = code.keyword_slot(args.kw_names[k])
            if slot < 0:
                ok = False
                break
            assert slot >= 0
            if frame.locals_w[slot] is not None:
                ok = False
                break
            frame.locals_w[slot] = args.kw_values_w[k]
        if ok:
            defaults_w = w_func.defaults_w
            first_default = nargs - len(defaults_w)
            for i in range(nparams):
                if frame.locals_w[i] is None:
                    if first_default <= i < nargs:
                        frame.locals_w[i] = defaults_w[i - first_default]
                    else:   # missing, or a keyword-only default (a dict lookup)
                        ok = False
                        break
        if not ok:
            for i in range(nparams):
                frame.locals_w[i] = None
        return ok

    def bind_arguments(self, w_func, frame, args):
        space = self.space
        code = w_func.code
        name = _func_name(w_func)
        nargs = code.argcount
        given = args.args_w
        locals_w = frame.locals_w
        nkwonly = code.kwonlyargcount
        slot = nargs + nkwonly
        # positional
        if len(given) > nargs and not code.has_varargs():
            raise self.too_many_positional(w_func, args)
        for i in range(min(nargs, len(given))):
            locals_w[i] = given[i]
        if code.has_varargs():
            extra_w = []
            if len(given) > nargs:
                assert nargs >= 0
                extra_w = given[nargs:]
            locals_w[slot] = space.newtuple(extra_w)
            slot += 1
        w_kwargs = None
        if code.has_varkeywords():
            w_kwargs = W_DictObject()
            locals_w[slot] = w_kwargs
        # keywords
        nposonly = code.posonlyargcount()
        posonly_given = []
        for k in range(len(args.kw_names)):
            kw = args.kw_names[k]
            found = -1
            for i in range(nposonly, nargs + nkwonly):
                if code.varnames[i] == kw:
                    found = i
                    break
            if found == -1:
                if w_kwargs is None:
                    for i in range(nposonly):
                        if code.varnames[i] == kw:
                            posonly_given.append(kw)
                    if len(posonly_given) > 0:
                        continue
                    raise oefmt(space, space.w_TypeError,
                                "%s() got an unexpected keyword argument '%s'", name, kw)
                w_kwargs.setitem(space, space.newtext_utf8(kw), args.kw_values_w[k])
                continue
            if locals_w[found] is not None:
                raise oefmt(space, space.w_TypeError,
                            "%s() got multiple values for argument '%s'", name, kw)
            locals_w[found] = args.kw_values_w[k]
        if len(posonly_given) > 0:
            raise oefmt(space, space.w_TypeError,
                        "%s() got some positional-only arguments passed as keyword "
                        "arguments: '%s'", name, ", ".join(posonly_given))
        # defaults
        defaults_w = w_func.defaults_w
        first_default = nargs - len(defaults_w)
        missing = []
        for i in range(nargs):
            if locals_w[i] is None:
                if i >= first_default:
                    locals_w[i] = defaults_w[i - first_default]
                else:
                    missing.append(code.varnames[i])
        if len(missing) > 0:
            raise oefmt(space, space.w_TypeError,
                        "%s() missing %d required positional argument%s: %s",
                        name, len(missing), "" if len(missing) == 1 else "s",
                        _quote_names(missing))
        for i in range(nargs, nargs + nkwonly):
            if locals_w[i] is None:
                w_default = None
                if w_func.w_kwdefaults is not None:
                    w_default = w_func.w_kwdefaults.data.get(space.newtext_utf8(code.varnames[i]), None)
                if w_default is None:
                    raise oefmt(space, space.w_TypeError,
                                "%s() missing 1 required keyword-only argument: '%s'",
                                name, code.varnames[i])
                locals_w[i] = w_default

    # --- the opcode handlers ------------------------------------------------
    def NOP(self, frame, code, pc, arg):
        return pc + 1

    def POP_TOP(self, frame, code, pc, arg):
        frame.pop()
        return pc + 1

    def ROT_TWO(self, frame, code, pc, arg):
        w_b = frame.pop()
        w_a = frame.pop()
        frame.push(w_b)
        frame.push(w_a)
        return pc + 1

    def ROT_THREE(self, frame, code, pc, arg):
        w_c = frame.pop()
        w_b = frame.pop()
        w_a = frame.pop()
        frame.push(w_c)
        frame.push(w_a)
        frame.push(w_b)
        return pc + 1

    def DUP_TOP(self, frame, code, pc, arg):
        frame.push(frame.peek())
        return pc + 1

    def DUP_TOP_TWO(self, frame, code, pc, arg):
        w_b = frame.peek(0)
        w_a = frame.peek(1)
        frame.push(w_a)
        frame.push(w_b)
        return pc + 1

    def LOAD_CONST(self, frame, code, pc, arg):
        frame.push(code.consts_w[arg])
        return pc + 1

    def LOAD_FAST(self, frame, code, pc, arg):
        w_value = frame.locals_w[arg]
        if w_value is None:
            raise oefmt(self.space, self.space.w_UnboundLocalError,
                        "cannot access local variable '%s' where it is not associated with a value", code.varnames[arg])
        frame.push(w_value)
        return pc + 1

    def STORE_FAST(self, frame, code, pc, arg):
        frame.locals_w[arg] = frame.pop()
        return pc + 1

    def DELETE_FAST(self, frame, code, pc, arg):
        w_value = frame.locals_w[arg]
        if w_value is None:
            raise oefmt(self.space, self.space.w_UnboundLocalError,
                        "cannot access local variable '%s' where it is not associated with a value", code.varnames[arg])
        frame.locals_w[arg] = None
        return pc + 1

    def LOAD_GLOBAL(self, frame, code, pc, arg):
        name = code.names[arg]
        w_module = jit.promote(frame.w_module)
        w_value = w_module.get_cell(name).w_value
        if w_value is None:
            w_value = self.load_builtin(w_module, name)
        frame.push(w_value)
        return pc + 1

    def load_builtin(self, w_module, name):
        """A name that the code's module (and class body) does not bind:
        the builtin of that name, with `globals` made w_module's own;
        NameError if there is none.  LOAD_GLOBAL's and LOAD_NAME's last
        step."""
        w_builtins = jit.promote(self.w_builtins)
        w_value = w_builtins.get_cell(name).w_value
        if w_value is None:
            raise oefmt(self.space, self.space.w_NameError,
                        "name '%s' is not defined", name)
        if w_value is GLOBALS_BUILTIN:      # globals(): this module's own
            w_value = w_module.globals_function()
        return w_value

    def STORE_GLOBAL(self, frame, code, pc, arg):
        w_module = jit.promote(frame.w_module)
        w_module.get_cell(code.names[arg]).w_value = frame.pop()
        return pc + 1

    def DELETE_GLOBAL(self, frame, code, pc, arg):
        w_module = jit.promote(frame.w_module)
        cell = w_module.get_cell(code.names[arg])
        if cell.w_value is None:
            raise oefmt(self.space, self.space.w_NameError,
                        "name '%s' is not defined", code.names[arg])
        cell.w_value = None
        return pc + 1

    def LOAD_ATTR(self, frame, code, pc, arg):
        frame.settop(self.space.getattr(frame.peek(), code.names[arg]))
        return pc + 1

    def STORE_ATTR(self, frame, code, pc, arg):
        w_obj = frame.pop()
        w_value = frame.pop()
        self.space.setattr(w_obj, code.names[arg], w_value)
        return pc + 1

    def BINARY_OP(self, frame, code, pc, arg):
        w_b = frame.pop()
        w_a = frame.pop()
        frame.push(self.space.binary_op(arg, w_a, w_b))
        return pc + 1

    def INPLACE_OP(self, frame, code, pc, arg):
        w_b = frame.pop()
        w_a = frame.pop()
        frame.push(self.space.inplace_op(arg, w_a, w_b))
        return pc + 1

    def UNARY_OP(self, frame, code, pc, arg):
        frame.settop(self.space.unary_op(arg, frame.peek()))
        return pc + 1

    def COMPARE_OP(self, frame, code, pc, arg):
        w_b = frame.pop()
        w_a = frame.pop()
        frame.push(self.space.compare(arg, w_a, w_b))
        return pc + 1

    def EXC_MATCH(self, frame, code, pc, arg):
        w_type = frame.pop()
        w_exc = frame.pop()
        frame.push(self.space.newbool(self.space.exception_match(w_exc, w_type)))
        return pc + 1

    def BINARY_SUBSCR(self, frame, code, pc, arg):
        w_key = frame.pop()
        w_obj = frame.pop()
        frame.push(self.space.getitem(w_obj, w_key))
        return pc + 1

    def STORE_SUBSCR(self, frame, code, pc, arg):
        w_key = frame.pop()
        w_obj = frame.pop()
        w_value = frame.pop()
        self.space.setitem(w_obj, w_key, w_value)
        return pc + 1

    def DELETE_SUBSCR(self, frame, code, pc, arg):
        w_key = frame.pop()
        w_obj = frame.pop()
        self.space.delitem(w_obj, w_key)
        return pc + 1

    def BUILD_SLICE(self, frame, code, pc, arg):
        w_step = self.space.w_None
        if arg == 3:
            w_step = frame.pop()
        w_stop = frame.pop()
        w_start = frame.pop()
        frame.push(self.space.newslice(w_start, w_stop, w_step))
        return pc + 1

    def BUILD_TUPLE(self, frame, code, pc, arg):
        frame.push(self.space.newtuple(frame.popvalues(arg)))
        return pc + 1

    def BUILD_LIST(self, frame, code, pc, arg):
        frame.push(self.space.newlist(frame.popvalues(arg)))
        return pc + 1

    @jit.unroll_safe     # the loop runs `arg` times: a constant in a trace
    def BUILD_MAP(self, frame, code, pc, arg):
        items_w = frame.popvalues(2 * arg)
        w_dict = self.space.newdict()
        for i in range(arg):
            w_dict.setitem(self.space, items_w[2 * i], items_w[2 * i + 1])
        frame.push(w_dict)
        return pc + 1

    @jit.unroll_safe     # the loop runs `arg` times: a constant in a trace
    def BUILD_STRING(self, frame, code, pc, arg):
        parts_w = frame.popvalues(arg)
        parts = [u""] * arg
        for i in range(arg):
            w_part = parts_w[i]
            assert isinstance(w_part, W_StrObject)
            parts[i] = w_part.value
        frame.push(self.space.newtext(u"".join(parts)))
        return pc + 1

    def FORMAT_VALUE(self, frame, code, pc, arg):
        from rpython_sandbox.objects.formatting import format_value
        w_spec = None
        if arg & 4:
            w_spec = frame.pop()
        w_value = frame.pop()
        frame.push(format_value(self.space, w_value, arg & 3, w_spec))
        return pc + 1

    def LIST_APPEND(self, frame, code, pc, arg):
        w_value = frame.pop()
        w_list = frame.peek(arg)
        assert isinstance(w_list, W_ListObject)
        w_list.append(self.space, w_value)
        return pc + 1

    @jit.unroll_safe     # the loop runs `arg` times: a constant in a trace
    def UNPACK_SEQUENCE(self, frame, code, pc, arg):
        w_seq = frame.pop()
        if isinstance(w_seq, W_TupleObject):
            items_w = w_seq.items_w
        elif type(w_seq) is W_ListObject:
            items_w = w_seq.items_w     # read only below: no copy needed
        elif not w_seq.iterable:
            raise oefmt(self.space, self.space.w_TypeError,
                        "cannot unpack non-iterable %s object", w_seq.typename)
        else:
            items_w = self.space.unpack_iterable(w_seq)
        if len(items_w) != arg:
            if len(items_w) > arg:
                raise oefmt(self.space, self.space.w_ValueError,
                            "too many values to unpack (expected %d)", arg)
            raise oefmt(self.space, self.space.w_ValueError,
                        "not enough values to unpack (expected %d, got %d)", arg, len(items_w))
        for i in range(arg - 1, -1, -1):
            frame.push(items_w[i])
        return pc + 1

    def JUMP_ABSOLUTE(self, frame, code, pc, arg):
        return arg      # a backward jump is a check point: see execute()

    def POP_JUMP_IF_FALSE(self, frame, code, pc, arg):
        if self.space.is_true(frame.pop()):
            return pc + 1
        return arg

    def POP_JUMP_IF_TRUE(self, frame, code, pc, arg):
        if self.space.is_true(frame.pop()):
            return arg
        return pc + 1

    def JUMP_IF_FALSE_OR_POP(self, frame, code, pc, arg):
        if self.space.is_true(frame.peek()):
            frame.pop()
            return pc + 1
        return arg

    def JUMP_IF_TRUE_OR_POP(self, frame, code, pc, arg):
        if self.space.is_true(frame.peek()):
            return arg
        frame.pop()
        return pc + 1

    def GET_ITER(self, frame, code, pc, arg):
        frame.settop(self.space.iter(frame.peek()))
        return pc + 1

    def FOR_ITER(self, frame, code, pc, arg):
        w_next = self.space.next(frame.peek())
        if w_next is None:
            frame.pop()
            return arg
        frame.push(w_next)
        return pc + 1

    def CALL_FUNCTION(self, frame, code, pc, arg):
        args_w = frame.popvalues(arg)
        w_func = frame.pop()
        frame.push(self.call(w_func, Arguments(args_w)))
        return pc + 1

    @jit.unroll_safe     # the loop runs `arg` times: a constant in a trace
    def CALL_FUNCTION_KW(self, frame, code, pc, arg):
        w_names = frame.pop()
        values_w = frame.popvalues(arg)
        w_func = frame.pop()
        assert isinstance(w_names, W_TupleObject)
        nkw = len(w_names.items_w)
        if nkw > arg:
            raise oefmt(self.space, self.space.w_RuntimeError, "bad CALL_FUNCTION_KW")
        npos = arg - nkw
        assert npos >= 0
        args = Arguments(values_w[:npos], keyword_names(w_names), values_w[npos:])
        frame.push(self.call(w_func, args))
        return pc + 1

    def call(self, w_func, args):
        if isinstance(w_func, W_Function):
            return self.call_function(w_func, args)
        return self.space.call_args(w_func, args)

    def MAKE_FUNCTION(self, frame, code, pc, arg):
        w_code = frame.pop()
        closure_w = None
        if arg & 4:
            closure_w = self.make_closure(w_code, frame.pop())
        w_kwdefaults = None
        defaults_w = []
        if arg & 2:
            w_kwdefaults = frame.pop()
        if arg & 1:
            w_defaults = frame.pop()
            assert isinstance(w_defaults, W_TupleObject)
            defaults_w = w_defaults.items_w
        if not isinstance(w_code, W_Code):
            raise oefmt(self.space, self.space.w_TypeError, "MAKE_FUNCTION needs a code object")
        if w_kwdefaults is not None:
            assert isinstance(w_kwdefaults, W_DictObject)
        frame.push(W_Function(w_code, frame.w_module, defaults_w, w_kwdefaults, closure_w))
        return pc + 1

    def make_closure(self, w_code, w_cells):
        if not isinstance(w_cells, W_TupleObject) or not isinstance(w_code, W_Code):
            raise oefmt(self.space, self.space.w_RuntimeError, "bad closure")
        n = len(w_cells.items_w)
        if w_code.nparams() + n > w_code.nlocals:
            raise oefmt(self.space, self.space.w_RuntimeError, "closure does not fit the code")
        closure_w = [None] * n
        for i in range(n):
            w_cell = w_cells.items_w[i]
            if not isinstance(w_cell, W_Cell):
                raise oefmt(self.space, self.space.w_RuntimeError, "bad closure")
            closure_w[i] = w_cell
        return closure_w

    def SETUP_EXCEPT(self, frame, code, pc, arg):
        if not frame.push_block(arg):
            raise oefmt(self.space, self.space.w_RuntimeError, "too many nested try blocks")
        return pc + 1

    def POP_BLOCK(self, frame, code, pc, arg):
        if frame.pop_block() is None:
            raise oefmt(self.space, self.space.w_RuntimeError, "POP_BLOCK without a block")
        return pc + 1

    def RAISE_VARARGS(self, frame, code, pc, arg):
        space = self.space
        w_cause = None
        if arg == 2:
            w_cause = frame.pop()
        w_exc = space.exception_from(frame.pop())
        if w_cause is not None:
            w_exc.suppress_context = True
            if space.is_none(w_cause):
                w_exc.w_cause = None
            else:
                w_exc.w_cause = space.exception_from(w_cause)
        raise OperationError(w_exc)

    def RERAISE(self, frame, code, pc, arg):
        w_exc = self.space.exception_from(frame.pop())
        raise OperationError(w_exc)

    def IMPORT_NAME(self, frame, code, pc, arg):
        name = code.names[arg]
        if name.startswith("."):
            # a relative import the compiler could not resolve
            if name.startswith(".."):
                raise oefmt(self.space, self.space.w_ImportError,
                            "attempted relative import beyond top-level package")
            raise oefmt(self.space, self.space.w_ImportError,
                        "attempted relative import with no known parent package")
        w_module = None
        if self.importer is not None:
            w_module = self.importer.import_module(name)
        if w_module is None:
            raise oefmt(self.space, self.space.w_ImportError,
                        "module '%s' is not available in this sandbox", name)
        frame.push(w_module)
        return pc + 1

    def IMPORT_FROM(self, frame, code, pc, arg):
        name = code.names[arg]
        w_module = frame.peek()
        w_value = w_module.getattr(self.space, name)
        if (w_value is None and isinstance(w_module, W_ModuleObject)
                and self.importer is not None):
            # `from pkg import mod`: a submodule not imported yet
            w_value = self.importer.import_module(w_module.name + "." + name)
        if w_value is None:
            if isinstance(w_module, W_ModuleObject):
                raise oefmt(self.space, self.space.w_ImportError,
                            "cannot import name '%s' from '%s' (unknown location)",
                            name, w_module.name)
            raise oefmt(self.space, self.space.w_ImportError, "cannot import name '%s'", name)
        frame.push(w_value)
        return pc + 1

    # --- classes and `with` (objects/classobject.py) ----------------------------
    def LOAD_NAME(self, frame, code, pc, arg):
        name = code.names[arg]
        w_value = None
        if frame.w_locals is not None:
            w_value = frame.w_locals.get(name, None)
        if w_value is None:
            w_value = frame.w_module.get_cell(name).w_value
        if w_value is None:
            w_value = self.load_builtin(frame.w_module, name)
        frame.push(w_value)
        return pc + 1

    def STORE_NAME(self, frame, code, pc, arg):
        w_value = frame.pop()
        if frame.w_locals is None:
            frame.w_module.get_cell(code.names[arg]).w_value = w_value
        else:
            frame.w_locals[code.names[arg]] = w_value
        return pc + 1

    def DELETE_NAME(self, frame, code, pc, arg):
        name = code.names[arg]
        if frame.w_locals is not None and name in frame.w_locals:
            del frame.w_locals[name]
            return pc + 1
        raise oefmt(self.space, self.space.w_NameError, "name '%s' is not defined", name)

    def BUILD_CLASS(self, frame, code, pc, arg):
        bases_w = frame.popvalues(arg)
        w_qualname = frame.pop()
        w_body = frame.pop()
        frame.push(self.build_class(w_body, w_qualname, bases_w, frame.w_module, None))
        return pc + 1

    def BUILD_CLASS_KW(self, frame, code, pc, arg):
        w_kwargs = frame.pop()
        bases_w = frame.popvalues(arg)
        w_qualname = frame.pop()
        w_body = frame.pop()
        frame.push(self.build_class(w_body, w_qualname, bases_w, frame.w_module, w_kwargs))
        return pc + 1

    @jit.dont_look_inside      # rare; runs the class body as its own frame
    def build_class(self, w_body, w_qualname, bases_w, w_module, w_kwargs):
        from rpython_sandbox.objects.classobject import (
            make_class, calculate_meta, class_keywords, call_metaclass)
        from rpython_sandbox.objects.typeobject import W_TypeObject
        from rpython_sandbox.wire import encode_utf8
        space = self.space
        closure_w = None
        if isinstance(w_body, W_Function):
            # a class body with free variables: MAKE_FUNCTION checked its closure
            closure_w = w_body.closure_w
            body_code = w_body.code
        elif isinstance(w_body, W_Code):
            body_code = w_body
        else:
            body_code = None
        if body_code is None or not isinstance(w_qualname, W_StrObject):
            raise oefmt(space, space.w_TypeError, "BUILD_CLASS needs a code object and a name")
        orig_bases_w = bases_w
        bases_w = resolve_mro_entries(space, bases_w)
        types_w = [None] * len(bases_w)
        for i in range(len(bases_w)):
            w_base = bases_w[i]
            if not isinstance(w_base, W_TypeObject):
                raise oefmt(space, space.w_TypeError,
                            "class bases must be classes, not '%s'", space.type_name_of(w_base))
            types_w[i] = w_base
        w_meta, kw_names, kw_values_w = class_keywords(space, w_kwargs)
        w_winner = w_meta
        if w_meta is None or isinstance(w_meta, W_TypeObject):
            w_winner = calculate_meta(space, w_meta, types_w)
        qualname = encode_utf8(w_qualname.value)
        body = Frame(body_code, w_module)
        if closure_w is not None:
            base = body_code.nparams()
            for i in range(len(closure_w)):
                slot = base + i
                assert slot >= 0
                body.locals_w[slot] = closure_w[i]
        namespace = {}
        namespace["__module__"] = w_module.dunder_name(space)
        namespace["__qualname__"] = w_qualname
        w_prepared = None
        if w_winner is not space.w_type:
            w_prepared = call_metaclass(space, w_winner, w_qualname, types_w, None,
                                        kw_names, kw_values_w, True)
        body.w_locals = namespace
        self.run_frame(body)
        if orig_bases_w is not bases_w:
            namespace["__orig_bases__"] = space.newtuple(orig_bases_w[:])
        if w_winner is space.w_type:
            return make_class(space, qualname, types_w, namespace, None, kw_names, kw_values_w,
                              body_code=body_code)
        return call_metaclass(space, w_winner, w_qualname, types_w, namespace, kw_names,
                              kw_values_w, False, w_prepared)

    def LOAD_DEFINING_CLASS(self, frame, code, pc, arg):
        if frame.w_defclass is None:
            raise oefmt(self.space, self.space.w_RuntimeError, "super(): __class__ cell not found")
        frame.push(frame.w_defclass)
        return pc + 1

    def DELETE_ATTR(self, frame, code, pc, arg):
        self.space.delattr(frame.pop(), code.names[arg])
        return pc + 1

    def SETUP_WITH(self, frame, code, pc, arg):
        from rpython_sandbox.objects.classobject import with_enter
        space = self.space
        w_mgr = frame.pop()
        w_exit, w_value = with_enter(space, w_mgr)
        frame.push(w_exit)
        if not frame.push_block(arg):
            raise oefmt(space, space.w_RuntimeError, "too many nested try blocks")
        frame.push(w_value)
        return pc + 1

    def WITH_EXCEPT(self, frame, code, pc, arg):
        space = self.space
        w_exc = frame.pop()
        w_exit = frame.pop()
        w_res = space.call_function(w_exit, [w_exc.gettype(space), w_exc, space.w_None])
        frame.push(w_exc)
        frame.push(space.newbool(space.is_true(w_res)))
        return pc + 1

    # --- closures -----------------------------------------------------------
    def MAKE_CELL(self, frame, code, pc, arg):
        frame.locals_w[arg] = W_Cell(frame.locals_w[arg])
        return pc + 1

    def _cell(self, frame, code, arg):
        w_cell = frame.locals_w[arg]
        if not isinstance(w_cell, W_Cell):
            raise oefmt(self.space, self.space.w_RuntimeError, "no cell in local %d", arg)
        return w_cell

    @jit.dont_look_inside
    def _unbound_cell(self, code, arg):
        # the error path only: a cell variable is made by this code's own
        # MAKE_CELL; a free variable comes from the enclosing function
        for i in range(code.ninstrs):
            if code.opcode_at(i) == opcodes.MAKE_CELL and code.oparg_at(i) == arg:
                return oefmt(self.space, self.space.w_UnboundLocalError,
                             "cannot access local variable '%s' where it is not "
                             "associated with a value", code.varnames[arg])
        return oefmt(self.space, self.space.w_NameError,
                     "cannot access free variable '%s' where it is not associated "
                     "with a value in enclosing scope", code.varnames[arg])

    def LOAD_DEREF(self, frame, code, pc, arg):
        w_value = self._cell(frame, code, arg).w_value
        if w_value is None:
            raise self._unbound_cell(code, arg)
        frame.push(w_value)
        return pc + 1

    def LOAD_CLASSDEREF(self, frame, code, pc, arg):
        """A class body's free variable: the class namespace first, then
        the cell (CPython's LOAD_CLASSDEREF)."""
        w_value = None
        if frame.w_locals is not None:
            w_value = frame.w_locals.get(code.varnames[arg], None)
        if w_value is None:
            w_value = self._cell(frame, code, arg).w_value
            if w_value is None:
                raise self._unbound_cell(code, arg)
        frame.push(w_value)
        return pc + 1

    def STORE_DEREF(self, frame, code, pc, arg):
        self._cell(frame, code, arg).w_value = frame.pop()
        return pc + 1

    def DELETE_DEREF(self, frame, code, pc, arg):
        w_cell = self._cell(frame, code, arg)
        if w_cell.w_value is None:
            raise self._unbound_cell(code, arg)
        w_cell.w_value = None
        return pc + 1

    # --- calls with * and **, displays with * and ** --------------------------
    def CALL_FUNCTION_EX(self, frame, code, pc, arg):
        space = self.space
        w_kwargs = None
        if arg & 1:
            w_kwargs = frame.pop()
        w_args = frame.pop()
        w_func = frame.pop()
        if isinstance(w_args, W_ListObject):
            args_w = w_args.items_w[:]
        elif isinstance(w_args, W_TupleObject):
            args_w = w_args.items_w[:]
        else:
            raise oefmt(space, space.w_RuntimeError, "bad CALL_FUNCTION_EX")
        if w_kwargs is None:
            return self._call_ex_push(frame, pc, w_func, Arguments(args_w))
        if not isinstance(w_kwargs, W_DictObject):
            raise oefmt(space, space.w_RuntimeError, "bad CALL_FUNCTION_EX")
        return self._call_ex_push(frame, pc, w_func, keyword_arguments(space, args_w, w_kwargs))

    def _call_ex_push(self, frame, pc, w_func, args):
        frame.push(self.call(w_func, args))
        return pc + 1

    def LIST_EXTEND(self, frame, code, pc, arg):
        w_iterable = frame.pop()
        w_list = frame.peek(arg)
        assert isinstance(w_list, W_ListObject)
        extend_list(self.space, w_list, w_iterable)
        return pc + 1

    def LIST_TO_TUPLE(self, frame, code, pc, arg):
        w_list = frame.peek()
        assert isinstance(w_list, W_ListObject)
        frame.settop(self.space.newtuple(w_list.items_w[:]))
        return pc + 1

    def DICT_UPDATE(self, frame, code, pc, arg):
        w_other = frame.pop()
        w_dict = frame.peek(arg)
        assert isinstance(w_dict, W_DictObject)
        if not isinstance(w_other, W_DictObject):
            w_mapped = mapping_as_dict(self.space, w_other)
            if w_mapped is None:
                raise oefmt(self.space, self.space.w_TypeError,
                            "'%s' object is not a mapping", self.space.type_name_of(w_other))
            w_other = w_mapped
        w_dict.update_from(self.space, w_other)
        return pc + 1

    def DICT_MERGE(self, frame, code, pc, arg):
        """The keywords of a call: like DICT_UPDATE, refusing duplicates;
        the function is two items below the dict."""
        space = self.space
        w_other = frame.pop()
        w_dict = frame.peek(arg)
        assert isinstance(w_dict, W_DictObject)
        merge_keywords(space, w_dict, w_other, frame.peek(arg + 2))
        return pc + 1

    def MAP_ADD(self, frame, code, pc, arg):
        w_value = frame.pop()
        w_key = frame.pop()
        w_dict = frame.peek(arg)
        assert isinstance(w_dict, W_DictObject)
        w_dict.setitem(self.space, w_key, w_value)
        return pc + 1

    @jit.unroll_safe     # the loop runs `arg` times: a constant in a trace
    def BUILD_SET(self, frame, code, pc, arg):
        items_w = frame.popvalues(arg)
        w_set = W_SetObject()
        for i in range(arg):
            w_set.add(self.space, items_w[i])
        frame.push(w_set)
        return pc + 1

    def SET_ADD(self, frame, code, pc, arg):
        w_value = frame.pop()
        w_set = frame.peek(arg)
        assert isinstance(w_set, W_SetObject)
        w_set.add(self.space, w_value)
        return pc + 1

    def SET_UPDATE(self, frame, code, pc, arg):
        w_iterable = frame.pop()
        w_set = frame.peek(arg)
        assert isinstance(w_set, W_SetObject)
        if not w_iterable.iterable:
            raise oefmt(self.space, self.space.w_TypeError,
                        "Value after * must be an iterable, not %s", w_iterable.typename)
        w_set.add_all(self.space, w_iterable)
        return pc + 1

    @jit.unroll_safe     # the loops run a constant number of times in a trace
    def UNPACK_EX(self, frame, code, pc, arg):
        space = self.space
        before = arg & 0xFF
        after = arg >> 8
        w_seq = frame.pop()
        if not w_seq.iterable:
            raise oefmt(space, space.w_TypeError,
                        "cannot unpack non-iterable %s object", w_seq.typename)
        items_w = space.unpack_iterable(w_seq)
        n = len(items_w)
        if n < before + after:
            raise oefmt(space, space.w_ValueError,
                        "not enough values to unpack (expected at least %d, got %d)",
                        before + after, n)
        for i in range(n - 1, n - after - 1, -1):
            frame.push(items_w[i])
        stop = n - after
        assert stop >= before
        frame.push(space.newlist(items_w[before:stop]))
        for i in range(before - 1, -1, -1):
            frame.push(items_w[i])
        return pc + 1

    # --- generators -----------------------------------------------------------
    def GET_YIELD_FROM_ITER(self, frame, code, pc, arg):
        w_obj = frame.peek()
        if not isinstance(w_obj, W_Generator):
            frame.settop(self.space.iter(w_obj))
        elif w_obj.is_coroutine:
            raise oefmt(self.space, self.space.w_TypeError,
                        "cannot 'yield from' a coroutine object in a non-coroutine generator")
        return pc + 1

    def YIELD_FROM(self, frame, code, pc, arg):
        """[it v]: send v to it; a value it yields leaves the frame (-1 tells
        execute() to pause here); when it is done, [result] and go on."""
        space = self.space
        w_value = frame.pop()
        w_iter = frame.peek()
        if isinstance(w_iter, W_Generator):
            if w_iter.finished():
                if w_iter.is_coroutine and w_iter.w_retval is None:
                    # awaited before (a return value not yet taken is the
                    # end of a chain's resume: W_Generator.resume_chain)
                    raise w_iter.exhausted(space)
                w_result = None
            else:
                w_send = w_value
                if not w_iter.started():
                    w_send = None
                w_result = w_iter.resume(space, w_send, None)
            if w_iter.finished():
                w_retval = w_iter.w_retval
                w_iter.w_retval = None
                if w_retval is None:
                    w_retval = space.w_None
                frame.settop(w_retval)
                return pc + 1
        else:
            if not space.is_none(w_value):
                raise oefmt(space, space.w_AttributeError,
                            "'%s' object has no attribute 'send'", w_iter.typename)
            w_result = space.next(w_iter)
            if w_result is None:
                frame.settop(space.w_None)
                return pc + 1
        frame.push(w_result)
        return -1

    # --- coroutines (objects/generatorobject.py) --------------------------------
    def GET_AWAITABLE(self, frame, code, pc, arg):
        frame.settop(generatorobject.get_awaitable(self.space, frame.peek(), arg))
        return pc + 1

    def GET_AITER(self, frame, code, pc, arg):
        frame.settop(generatorobject.get_aiter(self.space, frame.peek()))
        return pc + 1

    def GET_ANEXT(self, frame, code, pc, arg):
        frame.settop(generatorobject.get_anext(self.space, frame.peek()))
        return pc + 1

    def BEFORE_ASYNC_WITH(self, frame, code, pc, arg):
        w_mgr = frame.pop()
        w_exit, w_res = generatorobject.async_with_enter(self.space, w_mgr)
        frame.push(w_exit)
        frame.push(w_res)
        return pc + 1

    def SETUP_ASYNC_WITH(self, frame, code, pc, arg):
        """[exit value]: a handler block at the depth just above exit."""
        w_value = frame.pop()
        if not frame.push_block(arg):
            raise oefmt(self.space, self.space.w_RuntimeError, "too many nested try blocks")
        frame.push(w_value)
        return pc + 1

    def ASYNC_WITH_EXCEPT(self, frame, code, pc, arg):
        space = self.space
        w_exc = frame.pop()
        w_exit = frame.pop()
        w_res = space.call_function(w_exit, [w_exc.gettype(space), w_exc, space.w_None])
        frame.push(w_exc)
        frame.push(w_res)
        return pc + 1

    def END_ASYNC_FOR(self, frame, code, pc, arg):
        space = self.space
        w_exc = frame.pop()
        frame.pop()
        if not w_exc.gettype(space).issubtype(space.w_StopAsyncIteration):
            raise OperationError(space.exception_from(w_exc))
        return pc + 1



# Helpers with loops over guest data, kept out of the handlers: the JIT
# calls them rather than tracing their loops (and they never see the frame).

@jit.elidable
def keyword_names(w_names):
    """The UTF-8 names of CALL_FUNCTION_KW's constant tuple.  Elidable (the
    tuple is a constant of the code, and the list is never changed), so a
    trace does not encode the names on every call."""
    from rpython_sandbox.wire import encode_utf8
    names = []
    for w_name in w_names.items_w:
        assert isinstance(w_name, W_StrObject)
        names.append(encode_utf8(w_name.value))
    return names


def keyword_arguments(space, args_w, w_kwargs):
    from rpython_sandbox.wire import encode_utf8
    names = []
    values_w = []
    for w_key, w_value in w_kwargs.data.items():
        if not isinstance(w_key, W_StrObject):
            raise oefmt(space, space.w_TypeError, "keywords must be strings")
        names.append(encode_utf8(w_key.value))
        values_w.append(w_value)
    return Arguments(args_w, names, values_w)


def extend_list(space, w_list, w_iterable):
    if not w_iterable.iterable:
        raise oefmt(space, space.w_TypeError,
                    "Value after * must be an iterable, not %s", w_iterable.typename)
    for w_item in space.unpack_iterable(w_iterable):
        w_list.append(space, w_item)


def mapping_as_dict(space, w_other):
    """A mapping that is not a plain dict (a dict subclass instance, an
    object with keys() and __getitem__) copied into a dict, or None."""
    from rpython_sandbox.objects.dictobject import mapping_keys
    w_tmp = W_DictObject()
    if not mapping_keys(space, w_other, w_tmp):
        return None
    return w_tmp


def merge_keywords(space, w_dict, w_other, w_func):
    if not isinstance(w_other, W_DictObject):
        w_mapped = mapping_as_dict(space, w_other)
        if w_mapped is not None:
            w_other = w_mapped
    if not isinstance(w_other, W_DictObject):
        raise oefmt(space, space.w_TypeError,
                    "%s argument after ** must be a mapping, not %s",
                    callable_name(w_func), w_other.typename)
    for w_key, w_value in w_other.data.items():
        if not isinstance(w_key, W_StrObject):
            raise oefmt(space, space.w_TypeError, "keywords must be strings")
        if w_key in w_dict.data:
            from rpython_sandbox.wire import encode_utf8
            raise oefmt(space, space.w_TypeError,
                        "%s got multiple values for keyword argument '%s'",
                        callable_name(w_func), encode_utf8(w_key.value))
        w_dict.setitem(space, w_key, w_value)


def resolve_mro_entries(space, bases_w):
    """PEP 560: a base that is not a class but has __mro_entries__
    (typing.NamedTuple, Generic[T]) is replaced by the classes that method
    returns, given the original bases.  The same list when nothing was
    replaced."""
    from rpython_sandbox.objects.typeobject import W_TypeObject
    replaced = False
    new_w = []
    for w_base in bases_w:
        w_meth = None
        if not isinstance(w_base, W_TypeObject):
            w_meth = w_base.getattr(space, "__mro_entries__")
        if w_meth is None:
            new_w.append(w_base)
            continue
        w_entries = space.call_function(w_meth, [space.newtuple(bases_w[:])])
        if not isinstance(w_entries, W_TupleObject):
            raise oefmt(space, space.w_TypeError, "__mro_entries__ must return a tuple")
        new_w.extend(w_entries.items_w)
        replaced = True
    if not replaced:
        return bases_w
    return new_w


def callable_name(w_func):
    """How CPython names a callable in these errors: `__main__.f()`."""
    from rpython_sandbox.objects.functionobject import W_BuiltinFunction
    if isinstance(w_func, W_Function):
        return w_func.w_module.name + "." + w_func.code.name + "()"
    if isinstance(w_func, W_BuiltinFunction):
        return w_func.name + "()"
    return w_func.typename + " object"


Interpreter.execute = _make_execute(True)


def locate(interrupted, code, pc):
    """Record where the guest was when a limit fired (the innermost frame)."""
    interrupted.filename = code.filename
    interrupted.lineno = code.line_at(pc)


def _func_name(w_func):
    """The name argument errors give: the qualified name for a method."""
    if w_func.w_defclass is not None:
        return w_func.w_defclass.qualname + "." + w_func.code.name
    return w_func.code.name


def _quote_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]
