"""The sandbox's `sys` module: only argv, exit, maxsize and version_info.
Nothing in it reaches the host: no modules, path, stdin, frames."""

from rpython_sandbox.error import OperationError
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.functionobject import W_BuiltinFunction


def sys_exit(space, args):
    args.check(space, "exit", 0, 1)
    raise OperationError(space.new_exception(space.w_SystemExit, args.args_w[:]))


def make_module(space, argv):
    w_mod = W_ModuleObject("sys")
    w_mod.setvalue("argv", space.newlist([space.newtext_utf8(a) for a in argv]))
    w_mod.setvalue("exit", W_BuiltinFunction("exit", sys_exit))
    w_mod.setvalue("maxsize", space.newint(2 ** 63 - 1))
    w_mod.setvalue("version_info", space.newtuple([space.newint(3), space.newint(11),
                                                   space.newint(0)]))
    w_mod.setvalue("platform", space.newtext(u"pypy-sandbox"))
    return w_mod
