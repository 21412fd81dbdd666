"""The ast visitor that turns one module or function body into instructions.

One `CodeGen` per code object.  It emits `Instr`s with `Label` jump targets
(see assemble.py) and keeps, like CPython's compiler, a stack of "frame
blocks" (`FBlock`) describing what surrounds the current statement
lexically: loops (whose iterator sits on the value stack), `try` bodies
(a runtime block pushed by SETUP_EXCEPT), `try` bodies with a `finally`
(runtime block plus a body to copy), and `except ... as name` bodies (a name
to clear).  `return`, `break` and `continue` walk that stack to undo exactly
what is active at run time, so every path reaches its target with the stack
depth the verifier expects.

Hidden local slots, named `$...` so no user name can collide with them:
`$exc<d>` / `$fin<d>` hold the exception being handled by the try statement
at lexical try-depth d, `$ret` a return value travelling through `finally`
copies, `$comp<d>_<name>` a variable of a comprehension at nesting depth d.

Closures: a function's local slots are its parameters, then its free
variables (the cells its closure tuple brings, copied in by the call), then
everything else.  A cell variable's slot holds a cell from the function's
first instruction on (MAKE_CELL); cell and free variables are read and
written with LOAD_DEREF/STORE_DEREF, and the cells themselves are pushed
with LOAD_FAST to build a nested function's closure.
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional

from . import opcodes
from .assemble import Instr, Label, assemble, too_large
from .codeobject import CodeObject
from .symtable import CompInfo, Scope, syntax_error, unsupported

BINOPS = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/",
    ast.FloorDiv: "//", ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<",
    ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^",
    ast.MatMult: "@",
}
CMPOPS = {
    ast.Lt: "<", ast.LtE: "<=", ast.Eq: "==", ast.NotEq: "!=", ast.Gt: ">",
    ast.GtE: ">=", ast.In: "in", ast.NotIn: "not in", ast.Is: "is",
    ast.IsNot: "is not",
}
UNARYOPS = {ast.USub: "-", ast.UAdd: "+", ast.Not: "not", ast.Invert: "~"}
CONVERSIONS = {-1: 0, ord("s"): 1, ord("r"): 2, ord("a"): 3}

NO_ACTIVE_EXCEPTION = "No active exception to reraise"

# Guard against runaway code size (finally bodies are copied once per exit
# path, which can multiply); far above anything the 16-bit jumps can reach.
MAX_INSTRUCTIONS = 4 * (opcodes.MAX_ARG + 1)

LOOP_WHILE, LOOP_FOR, TRY_EXCEPT, TRY_FINALLY, HANDLER_NAME, WITH = range(6)


class FBlock:
    __slots__ = ("kind", "continue_label", "break_label", "finalbody",
                 "exc_depth", "name", "is_async")

    def __init__(self, kind, continue_label=None, break_label=None,
                 finalbody=None, exc_depth=0, name=None, is_async=False):
        self.kind = kind
        self.is_async = is_async        # WITH: an `async with` (its exit is awaited)
        self.continue_label = continue_label
        self.break_label = break_label
        self.finalbody = finalbody      # TRY_FINALLY: statements to copy
        self.exc_depth = exc_depth      # TRY_FINALLY: len(exc_stack) outside it
        self.name = name                # HANDLER_NAME: the `as` name


def _const_key(value):
    """Key for sharing constants: 1, 1.0, True and 0.0/-0.0 must stay apart."""
    if isinstance(value, tuple):
        return ("tuple", tuple(_const_key(v) for v in value))
    if isinstance(value, float):
        return ("float", repr(value))
    if isinstance(value, CodeObject):
        return ("code", id(value))
    return (type(value).__name__, value)


def _docstring(node):
    """The docstring of a def, or None (lambdas have none)."""
    body = getattr(node, "body", None)
    if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)):
        return body[0].value.value
    return None


class _NotConstant(Exception):
    pass


def _constant_value(node):
    """The value of a literal the compiler may fold into one constant:
    plain constants, negated numbers and tuples of those."""
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, complex):
            raise _NotConstant
        return value
    if (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
            and isinstance(node.operand, ast.Constant)
            and type(node.operand.value) in (int, float)):
        return -node.operand.value
    if isinstance(node, ast.Tuple) and isinstance(node.ctx, ast.Load):
        return tuple(_constant_value(elt) for elt in node.elts)
    raise _NotConstant


# In a class body, names live in the class namespace (LOAD_NAME and friends).
_NAME_OPS = {opcodes.LOAD_GLOBAL: opcodes.LOAD_NAME,
             opcodes.STORE_GLOBAL: opcodes.STORE_NAME,
             opcodes.DELETE_GLOBAL: opcodes.DELETE_NAME}


class CodeGen:
    def __init__(self, scopes: Dict[ast.AST, Scope], scope: Scope,
                 filename: str, name: str, firstlineno: int):
        self.scopes = scopes
        self.scope = scope
        self.filename = filename
        self.name = name
        self.firstlineno = firstlineno
        self.line = firstlineno
        self.instrs: List[Instr] = []
        self.consts: list = []
        self._const_index: dict = {}
        self.names: List[str] = []
        self._name_index: Dict[str, int] = {}
        self.varnames: List[str] = []
        self._var_index: Dict[str, int] = {}
        if not scope.is_module:
            for param in scope.params:
                self._local(param)
            for free in scope.frees:
                self._local(free)
            for local in scope.locals:
                if scope.is_local(local):
                    self._local(local)
        self.cell_slots = set()    # renamed comprehension slots holding cells
        self.fblocks: List[FBlock] = []
        self.exc_stack: List[int] = []     # slots of exceptions being handled
        self.renames: List[Dict[str, int]] = []   # comprehension variables
        self.try_depth = 0
        self.qualname = ""      # for classes: the __qualname__ prefix of nested definitions

    # -- tables ------------------------------------------------------------

    def _const(self, value) -> int:
        key = _const_key(value)
        index = self._const_index.get(key)
        if index is None:
            index = self._const_index[key] = len(self.consts)
            self.consts.append(value)
        return index

    def _name(self, name: str) -> int:
        index = self._name_index.get(name)
        if index is None:
            index = self._name_index[name] = len(self.names)
            self.names.append(name)
        return index

    def _local(self, name: str) -> int:
        index = self._var_index.get(name)
        if index is None:
            index = self._var_index[name] = len(self.varnames)
            self.varnames.append(name)
        return index

    # -- emission ----------------------------------------------------------

    def emit(self, op: int, arg=0) -> None:
        self.instrs.append(Instr(op, arg, self.line))
        if len(self.instrs) > MAX_INSTRUCTIONS:
            raise too_large("code object", self.filename, self.line)

    def place(self, label: Label) -> None:
        label.index = len(self.instrs)

    def load_const(self, value) -> None:
        self.emit(opcodes.LOAD_CONST, self._const(value))

    def visit(self, node) -> None:
        saved = self.line
        lineno = getattr(node, "lineno", None)
        if lineno is not None:
            self.line = lineno
        method = getattr(self, "visit_" + type(node).__name__, None)
        if method is None:
            # symtable.py refuses these first; this is the safety net.
            raise unsupported(type(node).__name__, self.filename, node)
        method(node)
        self.line = saved

    def visit_body(self, stmts) -> None:
        for stmt in stmts:
            self.visit(stmt)

    # -- names -------------------------------------------------------------

    def _renamed(self, name: str) -> Optional[int]:
        for renames in reversed(self.renames):
            slot = renames.get(name)
            if slot is not None:
                return slot
        return None

    def _name_op(self, name: str, fast: int, deref: int, glob: int) -> None:
        slot = self._renamed(name)
        scope = self.scope
        if slot is not None:
            self.emit(deref if slot in self.cell_slots else fast, slot)
        elif scope.is_class and name in scope._local_set and name not in scope.globals \
                and name not in scope.nonlocals and not self.renames:
            # bound in the class body: a class attribute, even if the class
            # also passes a variable of that name on to its methods
            self.emit(_NAME_OPS[glob], self._name(name))
        elif scope.is_deref(name):
            if scope.is_class and deref == opcodes.LOAD_DEREF and not self.renames:
                deref = opcodes.LOAD_CLASSDEREF
            self.emit(deref, self._local(name))
        elif self.scope.is_local(name):
            self.emit(fast, self._local(name))
        elif self.scope.is_class and name not in self.scope.globals and not self.renames:
            # (a comprehension in a class body does not see the class's
            # names: CPython runs it as a function of its own)
            self.emit(_NAME_OPS[glob], self._name(name))
        else:
            self.emit(glob, self._name(name))

    def _cell_slot(self, name: str) -> int:
        """The slot of the cell of `name`, for a nested function's closure."""
        slot = self._renamed(name)
        if slot is None:
            slot = self._local(name)
        return slot

    def load_name(self, name: str) -> None:
        self._name_op(name, opcodes.LOAD_FAST, opcodes.LOAD_DEREF, opcodes.LOAD_GLOBAL)

    def store_name(self, name: str) -> None:
        self._name_op(name, opcodes.STORE_FAST, opcodes.STORE_DEREF, opcodes.STORE_GLOBAL)

    def delete_name(self, name: str) -> None:
        self._name_op(name, opcodes.DELETE_FAST, opcodes.DELETE_DEREF, opcodes.DELETE_GLOBAL)

    def clear_name(self, name: str) -> None:
        """`name = None; del name`: the end of `except ... as name`."""
        self.load_const(None)
        self.store_name(name)
        self.delete_name(name)

    # -- code objects ------------------------------------------------------

    def finish(self, argcount=0, kwonlyargcount=0, flags=0) -> CodeObject:
        self.load_const(None)
        self.emit(opcodes.RETURN_VALUE)
        return assemble(self.instrs, name=self.name, filename=self.filename,
                        firstlineno=self.firstlineno, argcount=argcount,
                        kwonlyargcount=kwonlyargcount, flags=flags,
                        varnames=self.varnames, consts=self.consts,
                        names=self.names)

    def compile_module(self, tree: ast.Module) -> CodeObject:
        self.visit_body(tree.body)
        if tree.body:
            self.line = getattr(tree.body[-1], "end_lineno", None) or tree.body[-1].lineno
        return self.finish(flags=opcodes.CO_MODULE)

    def _make_cells(self) -> None:
        for name in self.scope.cells:
            self.emit(opcodes.MAKE_CELL, self._local(name))

    def _code_flags(self, args) -> int:
        flags = 0
        if args is not None and args.vararg is not None:
            flags |= opcodes.CO_VARARGS
        if args is not None and args.kwarg is not None:
            flags |= opcodes.CO_VARKEYWORDS
        if self.scope.is_generator:
            flags |= opcodes.CO_GENERATOR
        if self.scope.is_coroutine:
            flags |= opcodes.CO_COROUTINE
        if args is not None and args.posonlyargs:
            if len(args.posonlyargs) > opcodes.CO_POSONLY_MASK:
                raise too_large("parameter list", self.filename, self.firstlineno)
            flags |= len(args.posonlyargs) << opcodes.CO_POSONLY_SHIFT
        return flags

    def compile_function(self, node) -> CodeObject:
        self._make_cells()
        args = node.args
        if isinstance(node, ast.Lambda):
            self.visit(node.body)
            self.emit(opcodes.RETURN_VALUE)
            last = node.body
        else:
            self.visit_body(node.body)
            last = node.body[-1]
        self.line = getattr(last, "end_lineno", None) or last.lineno
        return self.finish(argcount=len(args.posonlyargs) + len(args.args),
                           kwonlyargcount=len(args.kwonlyargs),
                           flags=self._code_flags(args))

    def compile_genexp(self, node: ast.GeneratorExp) -> CodeObject:
        self._make_cells()
        self.emit(opcodes.LOAD_FAST, self._local(".0"))
        self._comprehension_loop(node, 0, "gen")
        return self.finish(argcount=1, flags=self._code_flags(None))

    def _closure(self, scope: Scope) -> int:
        """Push the closure tuple of a nested function; MAKE_FUNCTION flag."""
        if not scope.frees:
            return 0
        for name in scope.frees:
            self.emit(opcodes.LOAD_FAST, self._cell_slot(name))
        self.emit(opcodes.BUILD_TUPLE, len(scope.frees))
        return 4

    def compile_class(self, node: ast.ClassDef) -> CodeObject:
        body = node.body
        if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            self.line = body[0].lineno
            self.load_const(body[0].value.value)
            self.emit(opcodes.STORE_NAME, self._name("__doc__"))
        if self.scope.has_annotations:
            self.emit(opcodes.BUILD_MAP, 0)
            self.emit(opcodes.STORE_NAME, self._name("__annotations__"))
        self.visit_body(body)
        last = body[-1]
        self.line = getattr(last, "end_lineno", None) or last.lineno
        return self.finish()

    def _child_qualname(self, name: str) -> str:
        if self.scope.is_module:
            return name
        if self.scope.is_class:
            return self.qualname + "." + name
        return self.qualname + ".<locals>." + name

    # -- statements --------------------------------------------------------

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        qualname = self._child_qualname(node.name)
        gen = CodeGen(self.scopes, self.scopes[node], self.filename, node.name,
                      node.lineno)
        gen.qualname = qualname
        code = gen.compile_class(node)
        closure = self._closure(self.scopes[node])
        self.load_const(code)
        if closure:
            # free variables: the body becomes a function with a closure
            self.emit(opcodes.MAKE_FUNCTION, closure)
        self.load_const(qualname)
        for base in node.bases:
            self.visit(base)
        if node.keywords:
            for kw in node.keywords:
                self.load_const(kw.arg)
                self.visit(kw.value)
            self.emit(opcodes.BUILD_MAP, len(node.keywords))
            self.emit(opcodes.BUILD_CLASS_KW, len(node.bases))
        else:
            self.emit(opcodes.BUILD_CLASS, len(node.bases))
        for _ in node.decorator_list:
            self.emit(opcodes.CALL_FUNCTION, 1)
        self.store_name(node.name)

    def visit_With(self, node: ast.With) -> None:
        self._with_item(node, 0)

    def _with_item(self, node: ast.With, i: int) -> None:
        """One `with` item: SETUP_WITH leaves [exit value] and a handler
        block; the normal exit calls exit(None, None, None), the handler
        calls exit(type, exc, None) (WITH_EXCEPT) and re-raises unless the
        result is true."""
        item = node.items[i]
        handler, suppress, end = Label(), Label(), Label()
        self.visit(item.context_expr)
        self.emit(opcodes.SETUP_WITH, handler)
        self._push_runtime_block(FBlock(WITH), node)
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            self.emit(opcodes.POP_TOP)
        if i + 1 < len(node.items):
            self._with_item(node, i + 1)
        else:
            self.visit_body(node.body)
        self.fblocks.pop()
        self.emit(opcodes.POP_BLOCK)
        self._call_exit_none()
        self.emit(opcodes.JUMP_ABSOLUTE, end)
        self.place(handler)
        self.emit(opcodes.WITH_EXCEPT)
        self.emit(opcodes.POP_JUMP_IF_TRUE, suppress)
        self.emit(opcodes.RERAISE)
        self.place(suppress)
        self.emit(opcodes.POP_TOP)
        self.place(end)

    def _call_exit_none(self, is_async: bool = False) -> None:
        """[exit] -> []: exit(None, None, None) (awaited for `async with`),
        result dropped."""
        self.load_const(None)
        self.load_const(None)
        self.load_const(None)
        self.emit(opcodes.CALL_FUNCTION, 3)
        if is_async:
            self._await(2)
        self.emit(opcodes.POP_TOP)

    def _await(self, where: int) -> None:
        """[x] -> [result of awaiting x]."""
        self.emit(opcodes.GET_AWAITABLE, where)
        self.load_const(None)
        self.emit(opcodes.YIELD_FROM)

    def visit_Await(self, node: ast.Await) -> None:
        self.visit(node.value)
        self._await(0)

    def visit_AsyncWith(self, node: ast.AsyncWith) -> None:
        self._async_with_item(node, 0)

    def _async_with_item(self, node: ast.AsyncWith, i: int) -> None:
        """One `async with` item: as `with`, with __aenter__/__aexit__
        looked up by BEFORE_ASYNC_WITH and every call awaited; the handler
        block is pushed (SETUP_ASYNC_WITH) once __aenter__ is done."""
        item = node.items[i]
        handler, suppress, end = Label(), Label(), Label()
        self.visit(item.context_expr)
        self.emit(opcodes.BEFORE_ASYNC_WITH)
        self._await(1)
        self.emit(opcodes.SETUP_ASYNC_WITH, handler)
        self._push_runtime_block(FBlock(WITH, is_async=True), node)
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            self.emit(opcodes.POP_TOP)
        if i + 1 < len(node.items):
            self._async_with_item(node, i + 1)
        else:
            self.visit_body(node.body)
        self.fblocks.pop()
        self.emit(opcodes.POP_BLOCK)
        self._call_exit_none(is_async=True)
        self.emit(opcodes.JUMP_ABSOLUTE, end)
        self.place(handler)
        self.emit(opcodes.ASYNC_WITH_EXCEPT)
        self._await(2)
        self.emit(opcodes.POP_JUMP_IF_TRUE, suppress)
        self.emit(opcodes.RERAISE)
        self.place(suppress)
        self.emit(opcodes.POP_TOP)
        self.place(end)

    def _is_zero_arg_super(self, node: ast.Call) -> bool:
        scope = self.scope
        return (isinstance(node.func, ast.Name) and node.func.id == "super"
                and not node.args and not node.keywords
                and scope.parent is not None and scope.parent.is_class
                and not scope.is_class and bool(scope.params)
                and isinstance(scope.node, (ast.FunctionDef, ast.AsyncFunctionDef))
                and bool(scope.node.args.posonlyargs or scope.node.args.args)
                and not scope.is_local("super"))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.make_function(node, node.name)
        self.line = node.lineno
        for _ in node.decorator_list:
            self.emit(opcodes.CALL_FUNCTION, 1)
        self.store_name(node.name)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.make_function(node, "<lambda>")

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self.visit(node.generators[0].iter)
        self.emit(opcodes.GET_ITER)
        scope = self.scopes[node]
        flags = self._closure(scope)
        gen = CodeGen(self.scopes, scope, self.filename, "<genexpr>", node.lineno)
        self.load_const(gen.compile_genexp(node))
        self.emit(opcodes.MAKE_FUNCTION, flags)
        self.emit(opcodes.ROT_TWO)
        self.emit(opcodes.CALL_FUNCTION, 1)

    def make_function(self, node, name: str) -> None:
        args = node.args
        flags = 0
        if args.defaults:
            flags |= 1
            try:
                self.load_const(tuple(_constant_value(d) for d in args.defaults))
            except _NotConstant:
                for default in args.defaults:
                    self.visit(default)
                self.emit(opcodes.BUILD_TUPLE, len(args.defaults))
        kwdefaults = [(a.arg, d) for a, d in zip(args.kwonlyargs, args.kw_defaults)
                      if d is not None]
        if kwdefaults:
            flags |= 2
            for kwname, default in kwdefaults:
                self.load_const(kwname)
                self.visit(default)
            self.emit(opcodes.BUILD_MAP, len(kwdefaults))
        scope = self.scopes[node]
        flags |= self._closure(scope)
        gen = CodeGen(self.scopes, scope, self.filename, name, node.lineno)
        gen.qualname = self._child_qualname(name)
        code = gen.compile_function(node)
        self.load_const(code)
        self.emit(opcodes.MAKE_FUNCTION, flags)
        doc = _docstring(node)
        if doc is not None:
            # f.__doc__ = doc (a function attribute, as the guest could set it)
            self.emit(opcodes.DUP_TOP)
            self.load_const(doc)
            self.emit(opcodes.ROT_TWO)
            self.emit(opcodes.STORE_ATTR, self._name("__doc__"))

    def visit_Return(self, node: ast.Return) -> None:
        kinds = [fb.kind for fb in self.fblocks]
        value = node.value
        if TRY_FINALLY not in kinds and HANDLER_NAME not in kinds and WITH not in kinds:
            # Only loops and try-except blocks: no code runs on the way out.
            self._value_or_none(value)
            for fb in reversed(self.fblocks):
                if fb.kind == TRY_EXCEPT:
                    self.emit(opcodes.POP_BLOCK)
            self.emit(opcodes.RETURN_VALUE)
            return
        ret = self._local("$ret")
        self._value_or_none(value)
        self.emit(opcodes.STORE_FAST, ret)
        self.unwind(0, pop_loop=True)
        self.emit(opcodes.LOAD_FAST, ret)
        self.emit(opcodes.RETURN_VALUE)

    def _value_or_none(self, value) -> None:
        if value is None:
            self.load_const(None)
        else:
            self.visit(value)

    def unwind(self, stop: int, pop_loop: bool) -> None:
        """Undo the frame blocks fblocks[stop:], innermost first.  Loop
        iterators are popped so that `finally` copies run at the depth of
        their own SETUP_EXCEPT (a `break` inside one then matches its loop).
        """
        for i in range(len(self.fblocks) - 1, stop - 1, -1):
            fb = self.fblocks[i]
            if fb.kind == LOOP_FOR:
                if pop_loop:
                    self.emit(opcodes.POP_TOP)
            elif fb.kind == TRY_EXCEPT:
                self.emit(opcodes.POP_BLOCK)
            elif fb.kind == TRY_FINALLY:
                self.emit(opcodes.POP_BLOCK)
                self._finally_copy(fb, i)
            elif fb.kind == HANDLER_NAME:
                self.clear_name(fb.name)
            elif fb.kind == WITH:
                self.emit(opcodes.POP_BLOCK)
                self._call_exit_none(fb.is_async)

    def _finally_copy(self, fb: FBlock, index: int) -> None:
        # The copy runs outside its own try: only the blocks around it are
        # active, and no exception of an inner handler is being handled.
        saved = self.fblocks, self.exc_stack
        self.fblocks = self.fblocks[:index]
        self.exc_stack = self.exc_stack[:fb.exc_depth]
        try:
            self.visit_body(fb.finalbody)
        finally:
            self.fblocks, self.exc_stack = saved

    def _innermost_loop(self) -> int:
        for i in range(len(self.fblocks) - 1, -1, -1):
            if self.fblocks[i].kind in (LOOP_WHILE, LOOP_FOR):
                return i
        return -1

    def visit_Break(self, node) -> None:
        i = self._innermost_loop()
        if i < 0:
            raise syntax_error("'break' outside loop", self.filename, node)
        self.unwind(i + 1, pop_loop=False)
        if self.fblocks[i].kind == LOOP_FOR:
            self.emit(opcodes.POP_TOP)
        self.emit(opcodes.JUMP_ABSOLUTE, self.fblocks[i].break_label)

    def visit_Continue(self, node) -> None:
        i = self._innermost_loop()
        if i < 0:
            raise syntax_error("'continue' not properly in loop", self.filename, node)
        self.unwind(i + 1, pop_loop=False)
        self.emit(opcodes.JUMP_ABSOLUTE, self.fblocks[i].continue_label)

    def visit_Global(self, node) -> None:
        pass

    def visit_Nonlocal(self, node) -> None:
        pass

    def visit_Pass(self, node) -> None:
        pass

    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant):
            return      # docstrings and `...`: no effect, no code
        self.visit(node.value)
        self.emit(opcodes.POP_TOP)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit(node.value)
        last = len(node.targets) - 1
        for i, target in enumerate(node.targets):
            if i < last:
                self.emit(opcodes.DUP_TOP)
            self.store_target(target)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)
            self.store_target(node.target)
        if self.scope.is_class and isinstance(node.target, ast.Name) and node.simple:
            # __annotations__[name] = annotation (a class body only)
            self.line = node.lineno
            if self.scope.future_annotations:
                self.load_const(ast.unparse(node.annotation))
            else:
                self.visit(node.annotation)
            self.emit(opcodes.LOAD_NAME, self._name("__annotations__"))
            self.load_const(node.target.id)
            self.emit(opcodes.STORE_SUBSCR)

    def store_target(self, target) -> None:
        saved = self.line
        self.line = target.lineno
        if isinstance(target, ast.Name):
            self.store_name(target.id)
        elif isinstance(target, (ast.Tuple, ast.List)):
            elts = target.elts
            star = [i for i, e in enumerate(elts) if isinstance(e, ast.Starred)]
            if not star:
                self.emit(opcodes.UNPACK_SEQUENCE, len(elts))
            else:
                before, after = star[0], len(elts) - star[0] - 1
                if len(star) > 1:
                    raise syntax_error("multiple starred expressions in assignment",
                                       self.filename, target)
                if before > 255 or after > 255:
                    raise syntax_error("too many expressions in star-unpacking assignment",
                                       self.filename, target)
                self.emit(opcodes.UNPACK_EX, before | (after << 8))
            for elt in elts:
                self.store_target(elt.value if isinstance(elt, ast.Starred) else elt)
        elif isinstance(target, ast.Subscript):
            self.visit(target.value)
            self.visit(target.slice)
            self.emit(opcodes.STORE_SUBSCR)
        elif isinstance(target, ast.Attribute):
            self.visit(target.value)
            self.emit(opcodes.STORE_ATTR, self._name(target.attr))
        else:
            raise unsupported(type(target).__name__ + " assignment target",
                              self.filename, target)
        self.line = saved

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        op = opcodes.BINARY_OPERATORS.index(BINOPS[type(node.op)])
        target = node.target
        if isinstance(target, ast.Name):
            self.load_name(target.id)
            self.visit(node.value)
            self.emit(opcodes.INPLACE_OP, op)
            self.store_name(target.id)
        elif isinstance(target, ast.Subscript):
            self.visit(target.value)
            self.visit(target.slice)
            self.emit(opcodes.DUP_TOP_TWO)
            self.emit(opcodes.BINARY_SUBSCR)
            self.visit(node.value)
            self.emit(opcodes.INPLACE_OP, op)
            self.emit(opcodes.ROT_THREE)
            self.emit(opcodes.STORE_SUBSCR)
        elif isinstance(target, ast.Attribute):
            name = self._name(target.attr)
            self.visit(target.value)
            self.emit(opcodes.DUP_TOP)
            self.emit(opcodes.LOAD_ATTR, name)
            self.visit(node.value)
            self.emit(opcodes.INPLACE_OP, op)
            self.emit(opcodes.ROT_TWO)
            self.emit(opcodes.STORE_ATTR, name)
        else:
            raise syntax_error("illegal expression for augmented assignment",
                               self.filename, node)

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self.delete_target(target)

    def delete_target(self, target) -> None:
        saved = self.line
        self.line = target.lineno
        if isinstance(target, ast.Name):
            self.delete_name(target.id)
        elif isinstance(target, ast.Subscript):
            self.visit(target.value)
            self.visit(target.slice)
            self.emit(opcodes.DELETE_SUBSCR)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for elt in target.elts:
                self.delete_target(elt)
        elif isinstance(target, ast.Attribute):
            self.visit(target.value)
            self.emit(opcodes.DELETE_ATTR, self._name(target.attr))
        else:
            raise unsupported(type(target).__name__ + " deletion", self.filename, target)
        self.line = saved

    def visit_If(self, node: ast.If) -> None:
        end = Label()
        orelse = Label() if node.orelse else end
        self.jump_if(node.test, orelse, False)
        self.visit_body(node.body)
        if node.orelse:
            self.emit(opcodes.JUMP_ABSOLUTE, end)
            self.place(orelse)
            self.visit_body(node.orelse)
        self.place(end)

    def visit_While(self, node: ast.While) -> None:
        top, orelse, end = Label(), Label(), Label()
        self.place(top)
        test = node.test
        if not (isinstance(test, ast.Constant) and test.value):
            self.jump_if(test, orelse, False)
        self.fblocks.append(FBlock(LOOP_WHILE, top, end))
        self.visit_body(node.body)
        self.fblocks.pop()
        self.emit(opcodes.JUMP_ABSOLUTE, top)
        self.place(orelse)
        self.visit_body(node.orelse)
        self.place(end)

    def visit_For(self, node: ast.For) -> None:
        top, cleanup, end = Label(), Label(), Label()
        self.visit(node.iter)
        self.emit(opcodes.GET_ITER)
        self.place(top)
        self.emit(opcodes.FOR_ITER, cleanup)
        self.store_target(node.target)
        self.fblocks.append(FBlock(LOOP_FOR, top, end))
        self.visit_body(node.body)
        self.fblocks.pop()
        self.emit(opcodes.JUMP_ABSOLUTE, top)
        self.place(cleanup)
        self.visit_body(node.orelse)
        self.place(end)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        """The loop asks `await it.__anext__()` inside a handler block that
        ends it on StopAsyncIteration (END_ASYNC_FOR)."""
        top, handler, end = Label(), Label(), Label()
        self.visit(node.iter)
        self.emit(opcodes.GET_AITER)
        self.place(top)
        self.emit(opcodes.SETUP_EXCEPT, handler)
        self.emit(opcodes.DUP_TOP)
        self.emit(opcodes.GET_ANEXT)
        self._await(3)
        self.emit(opcodes.POP_BLOCK)
        self.store_target(node.target)
        self.fblocks.append(FBlock(LOOP_FOR, top, end))
        self.visit_body(node.body)
        self.fblocks.pop()
        self.emit(opcodes.JUMP_ABSOLUTE, top)
        self.place(handler)
        self.emit(opcodes.END_ASYNC_FOR)
        self.visit_body(node.orelse)
        self.place(end)

    def _push_runtime_block(self, fb: FBlock, node) -> None:
        active = sum(1 for b in self.fblocks if b.kind in (TRY_EXCEPT, TRY_FINALLY, WITH))
        if active + 1 > opcodes.MAX_BLOCK_DEPTH:
            raise syntax_error("too many statically nested blocks", self.filename, node)
        self.fblocks.append(fb)

    def visit_Try(self, node: ast.Try) -> None:
        self.try_depth += 1
        try:
            if node.finalbody:
                self.try_finally(node)
            else:
                self.try_except(node)
        finally:
            self.try_depth -= 1

    def try_finally(self, node: ast.Try) -> None:
        handler, end = Label(), Label()
        self.emit(opcodes.SETUP_EXCEPT, handler)
        self._push_runtime_block(FBlock(TRY_FINALLY, finalbody=node.finalbody,
                                        exc_depth=len(self.exc_stack)), node)
        if node.handlers:
            self.try_except(node)
        else:
            self.visit_body(node.body)
        self.fblocks.pop()
        self.emit(opcodes.POP_BLOCK)
        self.visit_body(node.finalbody)
        self.emit(opcodes.JUMP_ABSOLUTE, end)

        self.place(handler)
        self.line = node.finalbody[0].lineno
        tmp = self._local("$fin%d" % self.try_depth)
        self.emit(opcodes.STORE_FAST, tmp)
        self._chain_to_handled(tmp)
        # While the exception is in flight a bare `raise` re-raises it, as
        # in CPython, and an exception raised in the body gets it as its
        # __context__.
        chain = self._begin_handling(tmp, node)
        self.visit_body(node.finalbody)
        self._end_handling()
        self.emit(opcodes.LOAD_FAST, tmp)
        self.emit(opcodes.RERAISE)
        self._chain_handler(chain, tmp)
        self.place(end)

    # Implicit exception chaining: an exception raised while another is
    # handled (in an except body, or in a finally body while an exception
    # is in flight) gets the handled one as its __context__, as in CPython.
    # The compiler knows statically which exception that is (the hidden
    # local holding it, exc_stack[-1]), so the handling code runs in a
    # hidden try block whose handler chains and re-raises; and a handler
    # entered from inside another one chains on entry, since the inner
    # try's block catches before the hidden one.

    def _begin_handling(self, tmp: int, node) -> Label:
        chain = Label()
        self.emit(opcodes.SETUP_EXCEPT, chain)
        self._push_runtime_block(FBlock(TRY_EXCEPT), node)
        self.exc_stack.append(tmp)
        return chain

    def _end_handling(self, pop_block: bool = True) -> None:
        """The end of the handling code; pop_block: the POP_BLOCK of the
        way out by falling through (return, break and continue unwind the
        hidden block themselves)."""
        self.exc_stack.pop()
        self.fblocks.pop()
        if pop_block:
            self.emit(opcodes.POP_BLOCK)

    def _chain_handler(self, chain: Label, tmp: int) -> None:
        self.place(chain)
        new = self._local("$ctx%d" % self.try_depth)
        self.emit(opcodes.STORE_FAST, new)
        self._set_context(new, tmp)
        self.emit(opcodes.LOAD_FAST, new)
        self.emit(opcodes.RERAISE)

    def _chain_to_handled(self, tmp: int) -> None:
        if self.exc_stack:
            self._set_context(tmp, self.exc_stack[-1])

    def _set_context(self, new: int, handled: int) -> None:
        """new.__context__ = handled, unless new is handled (a re-raise) or
        already has a context (set by the handler nearer to its raise)."""
        skip = Label()
        self.emit(opcodes.LOAD_FAST, new)
        self.emit(opcodes.LOAD_FAST, handled)
        self.emit(opcodes.COMPARE_OP, opcodes.COMPARE_OPERATORS.index("is"))
        self.emit(opcodes.POP_JUMP_IF_TRUE, skip)
        self.emit(opcodes.LOAD_FAST, new)
        self.emit(opcodes.LOAD_ATTR, self._name("__context__"))
        self.load_const(None)
        self.emit(opcodes.COMPARE_OP, opcodes.COMPARE_OPERATORS.index("is not"))
        self.emit(opcodes.POP_JUMP_IF_TRUE, skip)
        self.emit(opcodes.LOAD_FAST, handled)
        self.emit(opcodes.LOAD_FAST, new)
        self.emit(opcodes.STORE_ATTR, self._name("__context__"))
        self.place(skip)

    def try_except(self, node: ast.Try) -> None:
        handler, end = Label(), Label()
        self.emit(opcodes.SETUP_EXCEPT, handler)
        self._push_runtime_block(FBlock(TRY_EXCEPT), node)
        self.visit_body(node.body)
        self.fblocks.pop()
        self.emit(opcodes.POP_BLOCK)
        self.visit_body(node.orelse)
        self.emit(opcodes.JUMP_ABSOLUTE, end)

        self.place(handler)
        self.line = node.handlers[0].lineno
        tmp = self._local("$exc%d" % self.try_depth)
        self.emit(opcodes.STORE_FAST, tmp)
        self._chain_to_handled(tmp)
        chain = self._begin_handling(tmp, node)
        for h in node.handlers:
            self.line = h.lineno
            nxt = Label()
            if h.type is not None:
                self.emit(opcodes.LOAD_FAST, tmp)
                self.visit(h.type)
                self.emit(opcodes.EXC_MATCH)
                self.emit(opcodes.POP_JUMP_IF_FALSE, nxt)
            if h.name is not None:
                self.emit(opcodes.LOAD_FAST, tmp)
                self.store_name(h.name)
                self.fblocks.append(FBlock(HANDLER_NAME, name=h.name))
            self.visit_body(h.body)
            if h.name is not None:
                self.fblocks.pop()
                self.line = h.body[-1].lineno
                self.clear_name(h.name)
            self.emit(opcodes.POP_BLOCK)
            self.emit(opcodes.JUMP_ABSOLUTE, end)
            self.place(nxt)
        # no handler matched (after a bare `except:` nothing gets here)
        reachable = node.handlers[-1].type is not None
        self._end_handling(pop_block=reachable)
        if reachable:
            self.emit(opcodes.LOAD_FAST, tmp)
            self.emit(opcodes.RERAISE)
        self._chain_handler(chain, tmp)
        self.place(end)

    def visit_Raise(self, node: ast.Raise) -> None:
        if node.exc is None:
            if self.exc_stack:
                self.emit(opcodes.LOAD_FAST, self.exc_stack[-1])
                self.emit(opcodes.RERAISE)
            else:
                self.emit(opcodes.LOAD_GLOBAL, self._name("RuntimeError"))
                self.load_const(NO_ACTIVE_EXCEPTION)
                self.emit(opcodes.CALL_FUNCTION, 1)
                self.emit(opcodes.RAISE_VARARGS, 1)
            return
        self.visit(node.exc)
        if node.cause is not None:
            self.visit(node.cause)
            self.emit(opcodes.RAISE_VARARGS, 2)
        else:
            self.emit(opcodes.RAISE_VARARGS, 1)

    def visit_Assert(self, node: ast.Assert) -> None:
        end = Label()
        self.jump_if(node.test, end, True)
        self.emit(opcodes.LOAD_GLOBAL, self._name("AssertionError"))
        if node.msg is not None:
            self.visit(node.msg)
            self.emit(opcodes.CALL_FUNCTION, 1)
        self.emit(opcodes.RAISE_VARARGS, 1)
        self.place(end)

    def visit_Import(self, node: ast.Import) -> None:
        """IMPORT_NAME of a dotted name imports each package on the way and
        pushes the last module; `import a.b` then binds `a`."""
        for alias in node.names:
            self.emit(opcodes.IMPORT_NAME, self._name(alias.name))
            if alias.asname is None and "." in alias.name:
                top = alias.name.split(".")[0]
                self.emit(opcodes.POP_TOP)
                self.emit(opcodes.IMPORT_NAME, self._name(top))
                self.store_name(top)
            else:
                self.store_name(alias.asname or alias.name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module == "__future__":
            return      # compile-time switches; none changes our code
        self.emit(opcodes.IMPORT_NAME, self._name(node.module))
        for alias in node.names:
            self.emit(opcodes.IMPORT_FROM, self._name(alias.name))
            self.store_name(alias.asname or alias.name)
        self.emit(opcodes.POP_TOP)

    # -- expressions -------------------------------------------------------

    def jump_if(self, node, label: Label, cond: bool) -> None:
        """Jump to `label` if bool(node) == cond, else fall through; the
        stack is unchanged on both paths."""
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            self.jump_if(node.operand, label, not cond)
            return
        if isinstance(node, ast.BoolOp):
            is_and = isinstance(node.op, ast.And)
            saved = self.line
            self.line = node.lineno
            if is_and != cond:
                # `and` jumping on false / `or` jumping on true: any operand decides.
                for value in node.values:
                    self.jump_if(value, label, cond)
            else:
                skip = Label()
                for value in node.values[:-1]:
                    self.jump_if(value, skip, not cond)
                self.jump_if(node.values[-1], label, cond)
                self.place(skip)
            self.line = saved
            return
        self.visit(node)
        self.emit(opcodes.POP_JUMP_IF_TRUE if cond else opcodes.POP_JUMP_IF_FALSE, label)

    def visit_Constant(self, node: ast.Constant) -> None:
        value = node.value
        if isinstance(value, complex):
            raise unsupported("complex literal", self.filename, node)
        self.load_const(value)

    def visit_Name(self, node: ast.Name) -> None:
        self.load_name(node.id)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        self.visit(node.left)
        self.visit(node.right)
        self.emit(opcodes.BINARY_OP,
                  opcodes.BINARY_OPERATORS.index(BINOPS[type(node.op)]))

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if (isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant)
                and type(node.operand.value) in (int, float)):
            self.load_const(-node.operand.value)
            return
        self.visit(node.operand)
        self.emit(opcodes.UNARY_OP,
                  opcodes.UNARY_OPERATORS.index(UNARYOPS[type(node.op)]))

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        op = (opcodes.JUMP_IF_FALSE_OR_POP if isinstance(node.op, ast.And)
              else opcodes.JUMP_IF_TRUE_OR_POP)
        end = Label()
        for value in node.values[:-1]:
            self.visit(value)
            self.emit(op, end)
        self.visit(node.values[-1])
        self.place(end)

    def visit_Compare(self, node: ast.Compare) -> None:
        self.visit(node.left)
        ops, comparators = node.ops, node.comparators
        if len(ops) == 1:
            self.visit(comparators[0])
            self.emit(opcodes.COMPARE_OP, self._cmpop(ops[0]))
            return
        # a < b < c: each middle operand is evaluated once, kept under the
        # result by DUP_TOP/ROT_THREE; a false result drops it at `cleanup`.
        cleanup, end = Label(), Label()
        for op, comparator in zip(ops[:-1], comparators[:-1]):
            self.visit(comparator)
            self.emit(opcodes.DUP_TOP)
            self.emit(opcodes.ROT_THREE)
            self.emit(opcodes.COMPARE_OP, self._cmpop(op))
            self.emit(opcodes.JUMP_IF_FALSE_OR_POP, cleanup)
        self.visit(comparators[-1])
        self.emit(opcodes.COMPARE_OP, self._cmpop(ops[-1]))
        self.emit(opcodes.JUMP_ABSOLUTE, end)
        self.place(cleanup)
        self.emit(opcodes.ROT_TWO)
        self.emit(opcodes.POP_TOP)
        self.place(end)

    @staticmethod
    def _cmpop(op) -> int:
        return opcodes.COMPARE_OPERATORS.index(CMPOPS[type(op)])

    def visit_IfExp(self, node: ast.IfExp) -> None:
        orelse, end = Label(), Label()
        self.jump_if(node.test, orelse, False)
        self.visit(node.body)
        self.emit(opcodes.JUMP_ABSOLUTE, end)
        self.place(orelse)
        self.visit(node.orelse)
        self.place(end)

    def visit_Call(self, node: ast.Call) -> None:
        if self._is_zero_arg_super(node):
            # super() without a __class__ cell: the function knows its class
            first = (self.scope.node.args.posonlyargs + self.scope.node.args.args)[0].arg
            self.load_name("super")
            self.emit(opcodes.LOAD_DEFINING_CLASS)
            self.emit(opcodes.LOAD_FAST, self._local(first))
            self.emit(opcodes.CALL_FUNCTION, 2)
            return
        self.visit(node.func)
        if (any(isinstance(a, ast.Starred) for a in node.args)
                or any(kw.arg is None for kw in node.keywords)):
            self._call_ex(node)
            return
        for arg in node.args:
            self.visit(arg)
        if not node.keywords:
            self.emit(opcodes.CALL_FUNCTION, len(node.args))
            return
        names = []
        for kw in node.keywords:
            self.visit(kw.value)
            names.append(kw.arg)
        self.load_const(tuple(names))
        self.emit(opcodes.CALL_FUNCTION_KW, len(node.args) + len(names))

    def _call_ex(self, node: ast.Call) -> None:
        """f(a, *b, c, k=1, **m): a list of the positional arguments, a dict
        of the keywords (duplicates refused by DICT_MERGE), CALL_FUNCTION_EX."""
        self._build_list(node.args)
        if not node.keywords:
            self.emit(opcodes.CALL_FUNCTION_EX, 0)
            return
        self.emit(opcodes.BUILD_MAP, 0)
        pending = []
        for kw in node.keywords + [None]:
            if kw is not None and kw.arg is not None:
                pending.append(kw)
                continue
            if pending:
                for item in pending:
                    self.load_const(item.arg)
                    self.visit(item.value)
                self.emit(opcodes.BUILD_MAP, len(pending))
                self.emit(opcodes.DICT_MERGE, 0)
                pending = []
            if kw is not None:
                self.visit(kw.value)
                self.emit(opcodes.DICT_MERGE, 0)
        self.emit(opcodes.CALL_FUNCTION_EX, 1)

    def _build_list(self, elts) -> None:
        """[e1, *e2, ...] on the stack: a list; starred items are extended."""
        n = 0
        while n < len(elts) and not isinstance(elts[n], ast.Starred):
            self.visit(elts[n])
            n += 1
        self.emit(opcodes.BUILD_LIST, n)
        for elt in elts[n:]:
            if isinstance(elt, ast.Starred):
                self.visit(elt.value)
                self.emit(opcodes.LIST_EXTEND, 0)
            else:
                self.visit(elt)
                self.emit(opcodes.LIST_APPEND, 0)

    def visit_Starred(self, node: ast.Starred) -> None:
        raise syntax_error("can't use starred expression here", self.filename, node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit(node.value)
        self.emit(opcodes.DUP_TOP)
        self.store_name(node.target.id)

    def visit_Yield(self, node: ast.Yield) -> None:
        self._value_or_none(node.value)
        self.emit(opcodes.YIELD_VALUE)

    def visit_YieldFrom(self, node: ast.YieldFrom) -> None:
        self.visit(node.value)
        self.emit(opcodes.GET_YIELD_FROM_ITER)
        self.load_const(None)
        self.emit(opcodes.YIELD_FROM)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.visit(node.value)
        self.emit(opcodes.LOAD_ATTR, self._name(node.attr))

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)
        self.visit(node.slice)
        self.emit(opcodes.BINARY_SUBSCR)

    def visit_Slice(self, node: ast.Slice) -> None:
        self._value_or_none(node.lower)
        self._value_or_none(node.upper)
        if node.step is not None:
            self.visit(node.step)
            self.emit(opcodes.BUILD_SLICE, 3)
        else:
            self.emit(opcodes.BUILD_SLICE, 2)

    @staticmethod
    def _has_star(elts) -> bool:
        return any(isinstance(e, ast.Starred) for e in elts)

    def visit_Tuple(self, node: ast.Tuple) -> None:
        if self._has_star(node.elts):
            self._build_list(node.elts)
            self.emit(opcodes.LIST_TO_TUPLE)
            return
        try:
            value = _constant_value(node)
        except _NotConstant:
            for elt in node.elts:
                self.visit(elt)
            self.emit(opcodes.BUILD_TUPLE, len(node.elts))
        else:
            self.load_const(value)

    def visit_List(self, node: ast.List) -> None:
        if self._has_star(node.elts):
            self._build_list(node.elts)
            return
        for elt in node.elts:
            self.visit(elt)
        self.emit(opcodes.BUILD_LIST, len(node.elts))

    def visit_Set(self, node: ast.Set) -> None:
        elts = node.elts
        n = 0
        while n < len(elts) and not isinstance(elts[n], ast.Starred):
            self.visit(elts[n])
            n += 1
        self.emit(opcodes.BUILD_SET, n)
        for elt in elts[n:]:
            if isinstance(elt, ast.Starred):
                self.visit(elt.value)
                self.emit(opcodes.SET_UPDATE, 0)
            else:
                self.visit(elt)
                self.emit(opcodes.SET_ADD, 0)

    def visit_Dict(self, node: ast.Dict) -> None:
        n = 0
        while n < len(node.keys) and node.keys[n] is not None:
            self.visit(node.keys[n])
            self.visit(node.values[n])
            n += 1
        self.emit(opcodes.BUILD_MAP, n)
        for key, value in zip(node.keys[n:], node.values[n:]):
            if key is None:
                self.visit(value)
                self.emit(opcodes.DICT_UPDATE, 0)
            else:
                self.visit(key)
                self.visit(value)
                self.emit(opcodes.MAP_ADD, 0)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        values = node.values
        if not values:
            self.load_const("")
            return
        for value in values:
            self.visit(value)     # str constants and FormattedValues
        if len(values) > 1:
            self.emit(opcodes.BUILD_STRING, len(values))

    def visit_FormattedValue(self, node: ast.FormattedValue) -> None:
        self.visit(node.value)
        flags = CONVERSIONS[node.conversion]
        if node.format_spec is not None:
            self.visit(node.format_spec)
            flags |= 4
        self.emit(opcodes.FORMAT_VALUE, flags)

    def visit_ListComp(self, node) -> None:
        gens = node.generators
        kind = {ast.ListComp: "list", ast.SetComp: "set", ast.DictComp: "dict"}[type(node)]
        self.emit({"list": opcodes.BUILD_LIST, "set": opcodes.BUILD_SET,
                   "dict": opcodes.BUILD_MAP}[kind], 0)
        self.visit(gens[0].iter)     # in the enclosing scope
        depth = len(self.renames)
        renames: Dict[str, int] = {}
        info = self.scopes.get(node)
        captured = info.captured if isinstance(info, CompInfo) else []
        for gen in gens:
            for sub in ast.walk(gen.target):
                if isinstance(sub, ast.Name) and sub.id not in renames:
                    slot = self._local("$comp%d_%s" % (depth, sub.id))
                    renames[sub.id] = slot
                    if sub.id in captured:
                        # a fresh cell per run of the comprehension
                        self.cell_slots.add(slot)
                        self.load_const(None)
                        self.emit(opcodes.STORE_FAST, slot)
                        self.emit(opcodes.MAKE_CELL, slot)
        self.renames.append(renames)
        try:
            self.emit(opcodes.GET_ITER)
            self._comprehension_loop(node, 0, kind)
        finally:
            self.renames.pop()

    visit_SetComp = visit_ListComp
    visit_DictComp = visit_ListComp

    def _comprehension_loop(self, node, i: int, kind: str) -> None:
        gens = node.generators
        gen = gens[i]
        top, end = Label(), Label()
        self.place(top)
        self.emit(opcodes.FOR_ITER, end)
        self.store_target(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, top, False)
        if i + 1 < len(gens):
            self.visit(gens[i + 1].iter)
            self.emit(opcodes.GET_ITER)
            self._comprehension_loop(node, i + 1, kind)
        elif kind == "gen":
            self.visit(node.elt)
            self.emit(opcodes.YIELD_VALUE)
            self.emit(opcodes.POP_TOP)
        elif kind == "dict":
            self.visit(node.key)
            self.visit(node.value)
            self.emit(opcodes.MAP_ADD, len(gens))
        else:
            # The list sits below one iterator per `for` clause.
            self.visit(node.elt)
            self.emit(opcodes.LIST_APPEND if kind == "list" else opcodes.SET_ADD, len(gens))
        self.emit(opcodes.JUMP_ABSOLUTE, top)
        self.place(end)
