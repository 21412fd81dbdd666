"""Every program in tests/programs/ compiles, passes the Python verifier, and
prints on the reference VM exactly what it prints on the host CPython."""

import os

import pytest

from run_programs import program_paths, run_cpython, run_refvm
from trusted._compiler import compile_module
from verify import verify

PATHS = program_paths()


def test_enough_programs():
    assert len(PATHS) >= 40
    prefixes = {os.path.basename(p).split("_")[0] for p in PATHS}
    assert prefixes >= {"arith", "str", "list", "dict", "control", "func", "exc",
                        "builtins", "fstring", "compr"}


@pytest.mark.parametrize("path", PATHS, ids=os.path.basename)
def test_program_compiles_and_verifies(path):
    with open(path, encoding="utf-8") as f:
        code = compile_module(f.read(), os.path.basename(path))
    verify(code)


# Programs whose output depends on error messages the reference VM only
# approximates (argument binding, recursion-limit wording); they are checked
# against the real interpreter by tests/conformance/.
REFVM_APPROXIMATE = {
    "subclass_namedtuple.py", # the reference VM's type() classes have __module__ 'refvm'
    "exc_implicit_context.py",   # the reference VM's own Python exceptions become CPython's __context__
    "meta_abc_dataclass.py",  # the reference VM runs a class body against __prepare__'s mapping itself
    "subclass_dict.py",       # the reference VM's ** takes only plain dicts
    "subclass_new.py",        # the reference VM words argument-binding errors differently
    "descr_user.py",          # the reference VM's functions are Python objects: no implicit classmethod __init_subclass__
    "func_attributes.py",     # the reference VM's functions are Python objects: __code__ is writable
    "stdlib_functools_wraps_names.py",   # the reference VM's functions' __module__ is 'refvm'
    "control_recursion_limit.py",
    "func_keyword_calls_mix.py",
    "func_kwonly_defaults.py",
    "regress_func_arg_msgs.py",
    "class_call.py",          # argument errors name Class.method (qualified)
    "class_errors.py",
    "exc_class_init.py",
    "class_type_call.py",     # type(name, bases, dict) takes the refvm's __module__
    "inherit_exceptions_tree.py",   # the refvm's handlers catch Exception only
    # argument-binding and unpacking messages; GeneratorExit (a
    # BaseException) is not handled by the reference VM's handler blocks
    "args_signatures.py",
    "args_star_calls.py",
    "gen_send_throw.py",
    "gen_yield_from.py",
    "unpack_literals.py",
    "unpack_star_assign.py",
    "closure_errors.py",
    "lambda_defaults_kw.py",
    # conformance programs of issue 5: GeneratorExit reaching a handler or a
    # finally on close(), and argument-binding messages
    "exc_raise_in_generators_and_with.py",
    "gen_coroutine_avg.py",
    "gen_finally_cleanup.py",
    "gen_close_semantics.py",
    "func_signatures_api.py",
    "call_binding_fast_paths.py",
    # coroutines: the reference VM's coroutines are plain Python generators
    # (no coroutine type, wrapper or protocol messages)
    "coro_basic.py",
    "coro_async_with_for.py",
    # generator-chain programs of the JIT work: they await coroutines too,
    # and close()/throw() a chain (GeneratorExit in finally blocks)
    "gen_chain_hot.py",
    "gen_consumed_by_builtins.py",
    "gen_yield_from_chain_edges.py",
    # the reference VM words an unbound free variable as a local
    "closure_class_body.py",
    # the reference VM's instances of subclasses of builtin types cannot be
    # taken apart by copy's __reduce__ path (vars() of them is a TypeError)
    "stdlib_copy_subclasses.py",
    "json_hostile.py",        # 100000-deep nesting overflows the reference VM's host stack
    # the reference VM has no globals() (its modules' globals are its own
    # dicts) and names every function's and class's module "refvm"
    "builtins_globals.py",
    "builtins_identity_hash.py",
    "classes_module_name.py",
}


@pytest.mark.parametrize("path", PATHS, ids=os.path.basename)
def test_program_output_matches_cpython(path):
    name = os.path.basename(path)
    if name in REFVM_APPROXIMATE:
        pytest.skip("the reference VM's error messages differ; see tests/conformance")
    assert run_refvm(path) == run_cpython(path)
