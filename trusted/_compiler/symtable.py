"""Scope analysis and the subset check, done once over the whole module.

Before any code is generated this pass walks the tree in source order and
  * refuses every construct outside the supported subset, so the first
    offending construct in the file is the one reported;
  * raises the SyntaxErrors that CPython's own symtable/compiler would raise
    but `ast.parse` does not (`return` outside a function, duplicate
    parameters, `global` after use, ...);
  * decides, for every function, which names are locals (Python's rule: a
    name bound anywhere in the function is local everywhere in it, unless
    declared `global`).  Comprehension variables are not locals of the
    enclosing function: the code generator renames them to hidden slots.
  * finds, for every name a function uses without binding it, the
    enclosing function that binds it (skipping class bodies, whose names
    nested code does not see): it becomes a cell there and a free variable
    of every scope in between, class bodies included.
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional, Set

from .._exceptions import CompileError

# ast node class name -> how the refusal names the construct.  Looked up by
# name so that classes missing from older Pythons (Match, TryStar, TypeAlias)
# cost nothing.
UNSUPPORTED_NODES = {
    "Match": "'match' statement",
    "TryStar": "'except*'",
    "TypeAlias": "'type' statement",
}

KNOWN_FUTURES = {"nested_scopes", "generators", "division", "absolute_import",
                 "with_statement", "print_function", "unicode_literals",
                 "barry_as_FLUFL", "generator_stop", "annotations"}


def unsupported(construct: str, filename: str, node) -> CompileError:
    return CompileError("%s is not supported by pypy-sandbox" % construct,
                        filename, getattr(node, "lineno", None),
                        construct=construct, kind="unsupported")


def syntax_error(message: str, filename: str, node) -> CompileError:
    return CompileError(message, filename, getattr(node, "lineno", None),
                        kind="syntax")


class CompInfo:
    """A list/set/dict comprehension, inlined in the code of its scope: its
    loop variables, and those of them a nested function captures (they
    live in cells, one per run of the comprehension, as in CPython where
    the comprehension is a function of its own)."""

    def __init__(self, node, bound: Set[str]):
        self.node = node
        self.bound = bound
        self.captured: List[str] = []

    def capture(self, name: str) -> None:
        if name not in self.captured:
            self.captured.append(name)


class Scope:
    """What the code generator needs to know about one code object."""

    def __init__(self, node, name: str, parent: Optional["Scope"]):
        self.node = node
        self.name = name
        self.parent = parent
        self.is_module = parent is None
        self.is_class = False                     # a class body (names in a dict)
        self.params: List[str] = []
        self.locals: List[str] = []        # params first, then in binding order
        self._local_set: Set[str] = set()
        self.globals: Set[str] = set()
        self.nonlocals: Set[str] = set()
        self.nonlocal_nodes: Dict[str, ast.AST] = {}
        self.first_use: Dict[str, ast.AST] = {}   # loads, for name resolution
        self.seen: Set[str] = set()               # any use, for `global` checks
        self.assigned: Set[str] = set()           # any binding, likewise
        self.cells: List[str] = []     # locals a nested function uses
        self.frees: List[str] = []     # names of enclosing functions used here
        self.is_generator = False
        self.is_coroutine = False                 # an `async def` (also is_generator)
        self.is_genexp = False
        self.comp_outer: List[CompInfo] = []   # comprehensions around the definition
        self.comp_uses: Dict[str, ast.AST] = {}  # class bodies: names used in comprehensions
        self.has_annotations = False   # a class body with `name: annotation`
        self.future_annotations = False   # `from __future__ import annotations`

    def bind(self, name: str) -> None:
        if name not in self._local_set:
            self._local_set.add(name)
            self.locals.append(name)

    def is_local(self, name: str) -> bool:
        """True if `name` lives in a local slot (never in module code)."""
        return (not self.is_module and not self.is_class and name in self._local_set
                and name not in self.globals and name not in self.nonlocals)

    def is_deref(self, name: str) -> bool:
        """True if `name` lives in a cell (a cell or free variable)."""
        return name in self.frees or name in self.cells

    def add_cell(self, name: str) -> None:
        if name not in self.cells:
            self.cells.append(name)

    def add_free(self, name: str) -> None:
        if name not in self.frees:
            self.frees.append(name)


class ScopeAnalyzer(ast.NodeVisitor):
    def __init__(self, filename: str):
        self.filename = filename
        self.scopes: Dict[ast.AST, Scope] = {}
        self.scope: Optional[Scope] = None
        self.comp_bound: List[Set[str]] = []   # comprehension variables in scope
        self.comp_infos: List[CompInfo] = []   # the comprehensions they belong to
        self.loop_depth = 0
        self.all_functions: List[Scope] = []

    # -- entry -------------------------------------------------------------

    def analyze(self, tree: ast.Module) -> Dict[ast.AST, Scope]:
        self.scope = Scope(tree, "<module>", None)
        self.scopes[tree] = self.scope
        for stmt in tree.body:
            self.visit(stmt)
        for scope in self.all_functions:
            for name in sorted(scope.nonlocals):
                self._resolve(scope, name, scope.nonlocal_nodes[name])
            for name, use in scope.first_use.items():
                if (name in scope._local_set and name not in scope.nonlocals) \
                        or name in scope.globals:
                    continue
                self._resolve(scope, name, use)
            for name, use in scope.comp_uses.items():
                if name not in scope.globals:
                    self._resolve(scope, name, use)
        return self.scopes

    def _resolve(self, scope: Scope, name: str, use) -> None:
        """Find the function (or inlined comprehension) binding a name that
        `scope` uses without binding it; make it a cell there and a free
        variable of every function in between.  Otherwise it is global."""
        chain = []
        cur = scope
        while True:
            chain.append(cur)
            for comp in reversed(cur.comp_outer):
                if name in comp.bound:
                    comp.capture(name)
                    for s in chain:
                        s.add_free(name)
                    return
            parent = cur.parent
            if parent is not None and parent.is_class:
                # a class body's own names are invisible to code nested in
                # it: look further out; the class body passes the cell on
                # (a free variable of the class, loaded into the closures
                # of the functions it defines)
                cur = parent
                continue
            if parent is None or parent.is_module or name in parent.globals:
                if name in scope.nonlocals:
                    raise syntax_error("no binding for nonlocal '%s' found" % name,
                                       self.filename, use)
                return
            if name in parent._local_set and name not in parent.nonlocals:
                parent.add_cell(name)
                for s in chain:
                    s.add_free(name)
                return
            cur = parent

    # -- generic -----------------------------------------------------------

    def generic_visit(self, node):
        kind = UNSUPPORTED_NODES.get(type(node).__name__)
        if kind is not None:
            raise unsupported(kind, self.filename, node)
        super().generic_visit(node)

    def _bind(self, name: str, node) -> None:
        if name == "__debug__":
            raise syntax_error("cannot assign to __debug__", self.filename, node)
        scope = self.scope
        scope.seen.add(name)
        scope.assigned.add(name)
        if not scope.is_module:
            scope.bind(name)

    def _bind_target(self, target, node=None) -> None:
        """Binding of an assignment/for/del target; checks the subset."""
        if isinstance(target, ast.Name):
            if self._comp_lookup(target.id):
                return
            self._bind(target.id, target)
        elif isinstance(target, (ast.Tuple, ast.List)):
            starred = 0
            for elt in target.elts:
                if isinstance(elt, ast.Starred):
                    starred += 1
                    if starred > 1:
                        raise syntax_error("multiple starred expressions in assignment",
                                           self.filename, elt)
                    self._bind_target(elt.value)
                else:
                    self._bind_target(elt)
        elif isinstance(target, ast.Subscript):
            self.visit(target.value)
            self.visit(target.slice)
        elif isinstance(target, ast.Attribute):
            self.visit(target.value)
        elif isinstance(target, ast.Starred):
            raise syntax_error("starred assignment target must be in a list or tuple",
                               self.filename, target)
        else:   # ast.parse refuses anything else already
            raise syntax_error("cannot assign to expression", self.filename, target)

    def _comp_lookup(self, name: str) -> bool:
        for bound in self.comp_bound:
            if name in bound:
                return True
        return False

    # -- statements --------------------------------------------------------

    def visit_ClassDef(self, node: ast.ClassDef):
        if getattr(node, "type_params", None):
            raise unsupported("type parameters", self.filename, node)
        for decorator in node.decorator_list:
            self.visit(decorator)
        for base in node.bases:
            if isinstance(base, ast.Starred):
                raise unsupported("starred expression", self.filename, base)
            self.visit(base)
        seen = set()
        for kw in node.keywords:
            if kw.arg is None:
                raise unsupported("'**' in a class's keyword arguments", self.filename,
                                  kw.value)
            if kw.arg in seen:
                raise syntax_error("keyword argument repeated: %s" % kw.arg,
                                   self.filename, kw.value)
            seen.add(kw.arg)
            self.visit(kw.value)
        self._bind(node.name, node)
        scope = self._new_scope(node, node.name)
        scope.is_class = True
        self._visit_in(scope, node.body)

    def visit_AsyncWith(self, node: ast.AsyncWith):
        if not self.scope.is_coroutine:
            raise syntax_error("'async with' outside async function", self.filename, node)
        self.visit_With(node)

    def visit_AsyncFor(self, node: ast.AsyncFor):
        if not self.scope.is_coroutine:
            raise syntax_error("'async for' outside async function", self.filename, node)
        self.visit_For(node)

    def visit_Await(self, node: ast.Await):
        scope = self.scope
        if scope.is_coroutine and self.comp_infos:
            raise unsupported("asynchronous comprehension ('await' inside a comprehension)",
                              self.filename, node)
        if scope.is_genexp:
            raise unsupported("asynchronous generator expression ('await' inside a "
                              "generator expression)", self.filename, node)
        if scope.is_module or scope.is_class:
            raise syntax_error("'await' outside function", self.filename, node)
        if not scope.is_coroutine:
            raise syntax_error("'await' outside async function", self.filename, node)
        self.visit(node.value)

    def visit_With(self, node: ast.With):
        for item in node.items:
            self.visit(item.context_expr)
            if item.optional_vars is not None:
                self._bind_target(item.optional_vars)
        for stmt in node.body:
            self.visit(stmt)

    def visit_FunctionDef(self, node: ast.FunctionDef):
        if getattr(node, "type_params", None):
            raise unsupported("type parameters", self.filename, node)
        for decorator in node.decorator_list:
            self.visit(decorator)
        self._function(node, node.name, node.body)
        self._bind(node.name, node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef):
        if getattr(node, "type_params", None):
            raise unsupported("type parameters", self.filename, node)
        for decorator in node.decorator_list:
            self.visit(decorator)
        self._function(node, node.name, node.body, is_async=True)
        self._bind(node.name, node)

    def visit_Lambda(self, node: ast.Lambda):
        self._function(node, "<lambda>", [node.body])

    def _new_scope(self, node, name: str) -> Scope:
        scope = Scope(node, name, self.scope)
        scope.comp_outer = list(self.comp_infos)
        scope.future_annotations = self.scope.future_annotations
        self.scopes[node] = scope
        self.all_functions.append(scope)
        return scope

    def _function(self, node, name: str, body, is_async: bool = False) -> None:
        args = node.args
        # Defaults belong to the enclosing scope; annotations are never
        # evaluated by the sandbox, so they are not visited at all.
        for default in args.defaults:
            self.visit(default)
        for default in args.kw_defaults:
            if default is not None:
                self.visit(default)
        scope = self._new_scope(node, name)
        params = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
        if args.vararg is not None:
            params.append(args.vararg.arg)
        if args.kwarg is not None:
            params.append(args.kwarg.arg)
        for p in params:
            if p in scope._local_set:
                raise syntax_error("duplicate argument '%s' in function definition"
                                   % p, self.filename, node)
            if p == "__debug__":
                raise syntax_error("cannot assign to __debug__", self.filename, node)
            scope.bind(p)
            scope.seen.add(p)
        scope.params = params
        if is_async:
            scope.is_coroutine = scope.is_generator = True
        self._visit_in(scope, body)

    def _visit_in(self, scope: Scope, body) -> None:
        saved = self.scope, self.comp_bound, self.comp_infos, self.loop_depth
        self.scope, self.comp_bound, self.comp_infos, self.loop_depth = scope, [], [], 0
        try:
            for stmt in body:
                self.visit(stmt)
        finally:
            self.scope, self.comp_bound, self.comp_infos, self.loop_depth = saved

    def visit_Return(self, node):
        if self.scope.is_module or self.scope.is_class:
            raise syntax_error("'return' outside function", self.filename, node)
        if node.value is not None:
            self.visit(node.value)

    def visit_Global(self, node):
        scope = self.scope
        for name in node.names:
            if scope.is_module:
                continue
            if name in scope.params:
                raise syntax_error("name '%s' is parameter and global" % name,
                                   self.filename, node)
            if name in scope.assigned:
                raise syntax_error("name '%s' is assigned to before global "
                                   "declaration" % name, self.filename, node)
            if name in scope.seen:
                raise syntax_error("name '%s' is used prior to global declaration"
                                   % name, self.filename, node)
            if name in scope.nonlocals:
                raise syntax_error("name '%s' is nonlocal and global" % name,
                                   self.filename, node)
            scope.globals.add(name)

    def visit_Nonlocal(self, node):
        scope = self.scope
        if scope.is_module:
            raise syntax_error("nonlocal declaration not allowed at module level",
                               self.filename, node)
        for name in node.names:
            if name in scope.params:
                raise syntax_error("name '%s' is parameter and nonlocal" % name,
                                   self.filename, node)
            if name in scope.globals:
                raise syntax_error("name '%s' is nonlocal and global" % name,
                                   self.filename, node)
            if name in scope.assigned:
                raise syntax_error("name '%s' is assigned to before nonlocal "
                                   "declaration" % name, self.filename, node)
            if name in scope.seen:
                raise syntax_error("name '%s' is used prior to nonlocal declaration"
                                   % name, self.filename, node)
            scope.nonlocals.add(name)
            scope.nonlocal_nodes[name] = node

    def visit_Assign(self, node):
        self.visit(node.value)
        for target in node.targets:
            self._bind_target(target)

    def visit_AugAssign(self, node):
        self.visit(node.value)
        target = node.target
        if isinstance(target, ast.Name):
            self._use(target.id, target)
        self._bind_target(target)

    def visit_AnnAssign(self, node):
        # Only a class body's annotations are evaluated, into its
        # __annotations__ (what dataclasses read); others are not.
        if node.value is not None:
            self.visit(node.value)
        if self.scope.is_class and isinstance(node.target, ast.Name) and node.simple:
            self.scope.has_annotations = True
            if not self.scope.future_annotations:
                self.visit(node.annotation)
        if isinstance(node.target, ast.Name):
            if node.value is not None or not self.scope.is_module:
                self._bind_target(node.target)
        elif node.value is not None:
            self._bind_target(node.target)
        else:
            # `x.a: int` alone evaluates x in CPython; keep it simple.
            self.visit(node.target.value)

    def visit_Delete(self, node):
        for target in node.targets:
            self._check_del(target)

    def _check_del(self, target):
        if isinstance(target, ast.Attribute):
            self.visit(target.value)
            return
        if isinstance(target, (ast.Tuple, ast.List)):
            for elt in target.elts:
                self._check_del(elt)
            return
        self._bind_target(target)

    def visit_For(self, node):
        self.visit(node.iter)
        self._bind_target(node.target)
        self.loop_depth += 1
        for stmt in node.body:
            self.visit(stmt)
        self.loop_depth -= 1
        for stmt in node.orelse:
            self.visit(stmt)

    def visit_While(self, node):
        self.visit(node.test)
        self.loop_depth += 1
        for stmt in node.body:
            self.visit(stmt)
        self.loop_depth -= 1
        for stmt in node.orelse:
            self.visit(stmt)

    def visit_Break(self, node):
        if self.loop_depth == 0:
            raise syntax_error("'break' outside loop", self.filename, node)

    def visit_Continue(self, node):
        if self.loop_depth == 0:
            raise syntax_error("'continue' not properly in loop", self.filename, node)

    def visit_Try(self, node):
        for stmt in node.body:
            self.visit(stmt)
        for i, handler in enumerate(node.handlers):
            if handler.type is None and i != len(node.handlers) - 1:
                raise syntax_error("default 'except:' must be last",
                                   self.filename, handler)
            if handler.type is not None:
                self.visit(handler.type)
            if handler.name is not None:
                self._bind(handler.name, handler)
            for stmt in handler.body:
                self.visit(stmt)
        for stmt in node.orelse + node.finalbody:
            self.visit(stmt)

    def visit_Import(self, node):
        for alias in node.names:
            self._bind(alias.asname or alias.name.split(".")[0], node)

    def visit_ImportFrom(self, node):
        # relative imports were made absolute (compile_module)
        if node.module == "__future__":
            for alias in node.names:
                if alias.name == "braces":
                    raise syntax_error("not a chance", self.filename, node)
                if alias.name not in KNOWN_FUTURES:
                    raise syntax_error("future feature %s is not defined" % alias.name,
                                       self.filename, node)
                if alias.name == "annotations":
                    self.scope.future_annotations = True
            return
        for alias in node.names:
            if alias.name == "*":
                raise unsupported("'from ... import *'", self.filename, node)
            self._bind(alias.asname or alias.name, node)

    def visit_Expr(self, node):
        # A bare constant statement (docstring, `...`) generates no code.
        if isinstance(node.value, ast.Constant):
            return
        self.visit(node.value)

    # -- expressions -------------------------------------------------------

    def _use(self, name: str, node) -> None:
        if self._comp_lookup(name):
            return
        scope = self.scope
        scope.seen.add(name)
        if scope.is_class and self.comp_infos:
            # inside a comprehension of a class body: the class's own names
            # are not visible (CPython runs the comprehension as a function)
            scope.comp_uses.setdefault(name, node)
            return
        if name not in scope.first_use:
            scope.first_use[name] = node

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self._use(node.id, node)
        else:   # stores are handled by the statements that own the target
            self._bind_target(node)

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, complex):
            raise unsupported("complex literal", self.filename, node)

    def visit_Call(self, node):
        self.visit(node.func)
        for arg in node.args:
            self.visit(arg)
        seen = set()
        for kw in node.keywords:
            if kw.arg is None:
                self.visit(kw.value)
                continue
            if kw.arg in seen:
                raise syntax_error("keyword argument repeated: %s" % kw.arg,
                                   self.filename, kw.value)
            seen.add(kw.arg)
            self.visit(kw.value)

    def visit_Dict(self, node):
        for key, value in zip(node.keys, node.values):
            if key is not None:
                self.visit(key)
            self.visit(value)

    def visit_Starred(self, node):
        self.visit(node.value)

    def visit_Yield(self, node):
        self._yield(node, "yield")
        if node.value is not None:
            self.visit(node.value)

    def visit_YieldFrom(self, node):
        self._yield(node, "yield from")
        self.visit(node.value)

    def _yield(self, node, what: str) -> None:
        scope = self.scope
        if scope.is_module or scope.is_class:
            raise syntax_error("'%s' outside function" % what, self.filename, node)
        if self.comp_infos:
            kind = {"ListComp": "list comprehension", "SetComp": "set comprehension",
                    "DictComp": "dict comprehension"}[type(self.comp_infos[-1].node).__name__]
            raise syntax_error("'yield' inside %s" % kind, self.filename, node)
        if scope.is_genexp:
            raise syntax_error("'yield' inside generator expression", self.filename, node)
        if scope.is_coroutine:
            if what == "yield from":
                raise syntax_error("'yield from' inside async function", self.filename, node)
            raise unsupported("asynchronous generator ('yield' inside 'async def')",
                              self.filename, node)
        scope.is_generator = True

    def visit_NamedExpr(self, node):
        self.visit(node.value)
        name = node.target.id
        if self._comp_lookup(name):
            raise syntax_error("assignment expression cannot rebind comprehension "
                               "iteration variable '%s'" % name, self.filename, node)
        scope = self.scope
        if scope.is_genexp:
            # PEP 572: the target belongs to the function (or module) the
            # generator expression is in
            owner = scope
            while owner.is_genexp:
                owner = owner.parent
            if owner.is_module:
                for s in self._genexp_chain(scope):
                    s.globals.add(name)
            else:
                owner.bind(name)
                owner.assigned.add(name)
                for s in self._genexp_chain(scope):
                    s.nonlocals.add(name)
                    s.nonlocal_nodes.setdefault(name, node)
            return
        self._bind(name, node.target)

    @staticmethod
    def _genexp_chain(scope):
        while scope.is_genexp:
            yield scope
            scope = scope.parent

    def _comp_bound_names(self, node) -> Set[str]:
        bound: Set[str] = set()
        for gen in node.generators:
            if gen.is_async:
                raise unsupported("asynchronous comprehension", self.filename, node)
            for name_node in ast.walk(gen.target):
                if isinstance(name_node, ast.Name):
                    bound.add(name_node.id)
        return bound

    def visit_ListComp(self, node):
        gens = node.generators
        self.visit(gens[0].iter)
        bound = self._comp_bound_names(node)
        info = CompInfo(node, bound)
        self.scopes[node] = info
        self.comp_bound.append(bound)
        self.comp_infos.append(info)
        try:
            for i, gen in enumerate(gens):
                if i:
                    self.visit(gen.iter)
                self._comp_target(gen.target)
                for cond in gen.ifs:
                    self.visit(cond)
            if isinstance(node, ast.DictComp):
                self.visit(node.key)
                self.visit(node.value)
            else:
                self.visit(node.elt)
        finally:
            self.comp_bound.pop()
            self.comp_infos.pop()

    visit_SetComp = visit_ListComp
    visit_DictComp = visit_ListComp

    def _comp_target(self, target) -> None:
        # names are the comprehension's own; subscript/attribute targets
        # evaluate values
        if isinstance(target, ast.Starred):
            target = target.value
        if isinstance(target, (ast.Tuple, ast.List)):
            nstar = sum(isinstance(e, ast.Starred) for e in target.elts)
            if nstar > 1:
                raise syntax_error("multiple starred expressions in assignment",
                                   self.filename, target)
            for elt in target.elts:
                self._comp_target(elt)
        elif not isinstance(target, ast.Name):
            self.visit(target)

    def visit_GeneratorExp(self, node):
        gens = node.generators
        self.visit(gens[0].iter)      # evaluated in the enclosing scope
        bound = self._comp_bound_names(node)
        scope = self._new_scope(node, "<genexpr>")
        scope.is_generator = scope.is_genexp = True
        scope.params = [".0"]
        scope.bind(".0")
        saved = self.scope, self.comp_bound, self.comp_infos, self.loop_depth
        self.scope, self.comp_bound, self.comp_infos, self.loop_depth = scope, [], [], 0
        try:
            for name in sorted(bound):
                scope.bind(name)
                scope.assigned.add(name)
                scope.seen.add(name)
            for i, gen in enumerate(gens):
                if i:
                    self.visit(gen.iter)
                self._comp_target(gen.target)
                for cond in gen.ifs:
                    self.visit(cond)
            self.visit(node.elt)
        finally:
            self.scope, self.comp_bound, self.comp_infos, self.loop_depth = saved


def analyze(tree: ast.Module, filename: str) -> Dict[ast.AST, Scope]:
    """Scope of the module and of every function, keyed by their ast node."""
    return ScopeAnalyzer(filename).analyze(tree)
