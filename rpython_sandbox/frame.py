"""Frame: one activation of a code object: its locals, its value stack and
its block stack (the active try blocks).

The stack is preallocated at the size the verifier checked, so push and pop
need no bounds checks."""

from rpython.rlib import jit

from rpython_sandbox.opcodes import MAX_BLOCK_DEPTH


class Block(object):
    """An active SETUP_EXCEPT: where its handler is and how deep the value
    stack was when it was set up."""
    _immutable_ = True

    def __init__(self, handler, level, previous):
        self.handler = handler
        self.level = level
        self.previous = previous    # the enclosing block, or None
        depth = 1
        if previous is not None:
            depth = previous.depth + 1
        self.depth = depth


class Frame(object):
    _virtualizable_ = ["locals_w[*]", "stack_w[*]", "stackpos", "block", "w_module", "code"]

    def __init__(self, code, w_module):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.code = code
        self.w_module = w_module
        self.locals_w = [None] * code.nlocals
        self.stack_w = [None] * code.stacksize
        self.stackpos = 0
        self.block = None
        # the caller's frame, as a virtual reference: the pool's mark walks
        # the running request's frames through it (pool.py), and a virtual
        # reference lets the JIT keep inlined frames virtual until then
        self.f_backref = jit.vref_None
        self.w_defclass = None      # the class of the running method (super())
        self.w_locals = None        # a class body's namespace (LOAD_NAME)
        # a generator's frame between runs (generatorobject.py): where to
        # go on, the instruction it paused at (-1: never ran), what to push
        # or raise there, and whether the last run paused or finished
        self.resume_pc = 0
        self.last_pc = -1
        self.w_sent = None
        self.resume_operr = None
        self.suspended = False
        # paused in a YIELD_FROM (not a YIELD_VALUE): W_Generator.resume
        # tests it in the trace before it walks a `yield from` chain
        self.in_yield_from = False

    def push(self, w_value):
        pos = self.stackpos
        assert pos >= 0
        self.stack_w[pos] = w_value
        self.stackpos = pos + 1

    def pop(self):
        pos = self.stackpos - 1
        assert pos >= 0
        w_value = self.stack_w[pos]
        self.stack_w[pos] = None
        self.stackpos = pos
        return w_value

    def peek(self, depth=0):
        pos = self.stackpos - 1 - depth
        assert pos >= 0
        return self.stack_w[pos]

    def settop(self, w_value, depth=0):
        pos = self.stackpos - 1 - depth
        assert pos >= 0
        self.stack_w[pos] = w_value

    @jit.unroll_safe
    def popvalues(self, n):
        """The top n values, bottom first, removed from the stack."""
        values_w = [None] * n
        for i in range(n - 1, -1, -1):
            values_w[i] = self.pop()
        return values_w

    @jit.unroll_safe
    def cut_stack(self, level):
        while self.stackpos > level:
            self.pop()

    def push_block(self, handler):
        if self.block is not None and self.block.depth >= MAX_BLOCK_DEPTH:
            return False
        self.block = Block(handler, self.stackpos, self.block)
        return True

    def pop_block(self):
        block = self.block
        if block is not None:
            self.block = block.previous
        return block
