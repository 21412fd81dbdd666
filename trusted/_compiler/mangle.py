"""Private name mangling, done on the tree before anything else.

Inside a class body (and the functions nested in it), an identifier
`__x` that does not end with two underscores is renamed `_Class__x`, as
CPython's compiler does: names, attributes, parameters, function and class
names, `global`/`nonlocal` names, `except ... as` names and the names imports
bind.  Keyword argument names of calls and imported module names are left
alone (CPython leaves them alone too).  The class name is stripped of leading
underscores; a class named only with underscores mangles nothing.
"""

from __future__ import annotations

import ast
from typing import Optional


def mangle(name: str, class_name: Optional[str]) -> str:
    if class_name is None or not name.startswith("__") or name.endswith("__") \
            or "." in name:
        return name
    stripped = class_name.lstrip("_")
    if not stripped:
        return name
    return "_" + stripped + name


def mangle_tree(tree: ast.AST) -> None:
    """Rename private names in place (only under class bodies)."""
    for child in ast.iter_child_nodes(tree):
        _visit(child, None)


def _visit(node: ast.AST, cls: Optional[str]) -> None:
    if isinstance(node, ast.ClassDef):
        for sub in node.decorator_list + node.bases + node.keywords:
            _visit(sub, cls)
        own = node.name
        node.name = mangle(node.name, cls)
        for stmt in node.body:
            _visit(stmt, own)
        return
    if cls is not None:
        if isinstance(node, ast.Name):
            node.id = mangle(node.id, cls)
        elif isinstance(node, ast.Attribute):
            node.attr = mangle(node.attr, cls)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            node.name = mangle(node.name, cls)
        elif isinstance(node, ast.arg):
            node.arg = mangle(node.arg, cls)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            node.names = [mangle(n, cls) for n in node.names]
        elif isinstance(node, ast.ExceptHandler) and node.name:
            node.name = mangle(node.name, cls)
        elif isinstance(node, ast.alias):
            # the name the import binds, not the module's
            bound = node.asname or node.name
            if "." not in bound and mangle(bound, cls) != bound:
                node.asname = mangle(bound, cls)
    for child in ast.iter_child_nodes(node):
        _visit(child, cls)
