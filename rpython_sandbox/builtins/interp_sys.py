"""The sandbox's `sys` module: only argv, exit, stdout/stderr (they only
write, into the request's output), maxsize, version_info and the number
facts (float_info, int_info, maxunicode, byteorder).  Nothing in
it reaches the host: no modules, path, stdin, frames."""

from rpython_sandbox.error import OperationError
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.functionobject import W_BuiltinFunction
from rpython_sandbox.objects.streamobject import W_OutputStream
from rpython_sandbox.objects.structseq import W_StructSeq


def sys_exit(space, args):
    args.check(space, "exit", 0, 1)
    raise OperationError(space.new_exception(space.w_SystemExit, args.args_w[:]))


def make_module(space, argv):
    w_mod = W_ModuleObject("sys")
    w_mod.setvalue("argv", space.newlist([space.newtext_utf8(a) for a in argv]))
    w_mod.setvalue("exit", W_BuiltinFunction("exit", sys_exit))
    w_mod.setvalue("stdout", W_OutputStream(1, "<stdout>"))
    w_mod.setvalue("stderr", W_OutputStream(2, "<stderr>"))
    w_mod.setvalue("maxsize", space.newint(2 ** 63 - 1))
    w_mod.setvalue("version_info", space.newtuple([space.newint(3), space.newint(11),
                                                   space.newint(0)]))
    w_mod.setvalue("platform", space.newtext(u"pypy-sandbox"))
    w_mod.setvalue("maxunicode", space.newint(0x10ffff))
    w_mod.setvalue("byteorder", space.newtext(u"little"))
    w_mod.setvalue("float_repr_style", space.newtext(u"short"))
    w_mod.setvalue("float_info", W_StructSeq("sys.float_info", FLOAT_INFO_NAMES, [
        space.newfloat(1.7976931348623157e+308), space.newint(1024), space.newint(308),
        space.newfloat(2.2250738585072014e-308), space.newint(-1021), space.newint(-307),
        space.newint(15), space.newint(53), space.newfloat(2.220446049250313e-16),
        space.newint(2), space.newint(1)]))
    w_mod.setvalue("int_info", W_StructSeq("sys.int_info", INT_INFO_NAMES, [
        space.newint(30), space.newint(4), space.newint(4300), space.newint(640)]))
    return w_mod


FLOAT_INFO_NAMES = ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                    "mant_dig", "epsilon", "radix", "rounds"]
INT_INFO_NAMES = ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
                  "str_digits_check_threshold"]
