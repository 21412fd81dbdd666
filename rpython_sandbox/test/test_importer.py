"""The sandbox's Importer (messageloop.py) with a fake host: granted names
only, modules registered before their code runs and removed when it
raises, per-importer module objects, remembered refusals; and the checks
on the controller's `module` answers."""

import pytest

from rpython_sandbox.error import OperationError, WireError
from rpython_sandbox.messageloop import Importer, module_answer
from rpython_sandbox.test.support import make_interp, assemble, run


class FakeHost(object):
    def __init__(self, codes):
        self.codes = codes
        self.asked = []

    def fetch_module(self, name):
        self.asked.append(name)
        return self.codes.get(name, None)


def store_x(space, value):
    # X = value
    return assemble([("LOAD_CONST", 0), ("STORE_GLOBAL", 0), ("LOAD_CONST", 1),
                     "RETURN_VALUE"],
                    consts_w=[space.newint(value), space.w_None], names=["X"])


def test_granted_names_only():
    space, interp = make_interp()
    host = FakeHost({"m": store_x(space, 1), "other": store_x(space, 2)})
    importer = Importer(space, ["m", "math"], [], host)
    assert importer.import_module("other") is None
    assert host.asked == []
    w_math = importer.import_module("math")
    assert w_math is not None and host.asked == []      # built in: not asked
    w_m = importer.import_module("m")
    assert space.eq_w(w_m.getvalue("X"), space.newint(1))
    assert space.str_u(w_m.getvalue("__name__")) == u"m"
    assert importer.import_module("m") is w_m
    assert host.asked == ["m"]


def test_each_importer_has_its_own_modules():
    space, interp = make_interp()
    host = FakeHost({"m": store_x(space, 1)})
    a = Importer(space, ["m"], [], host)
    b = Importer(space, ["m"], [], host)
    w_a = a.import_module("m")
    w_a.setvalue("X", space.newint(99))
    w_b = b.import_module("m")
    assert w_a is not w_b
    assert space.eq_w(w_b.getvalue("X"), space.newint(1))


def test_refusal_is_remembered():
    space, interp = make_interp()
    host = FakeHost({})
    importer = Importer(space, ["m"], [], host)
    assert importer.import_module("m") is None
    assert importer.import_module("m") is None
    assert host.asked == ["m"]


def test_module_registered_before_running_and_removed_on_error():
    space, interp = make_interp()
    seen = []
    # 1 // 0 after looking at the module table
    failing = assemble([("LOAD_CONST", 0), ("LOAD_CONST", 1), ("BINARY_OP", 4),
                        "RETURN_VALUE"],
                       consts_w=[space.newint(1), space.newint(0)])

    class Host(FakeHost):
        def fetch_module(self, name):
            return failing

    importer = Importer(space, ["bad"], [], Host({}))
    original = interp.run_module_code

    def spy(code, w_module):
        seen.append(importer.modules.get("bad", None) is w_module)
        return original(code, w_module)

    interp.run_module_code = spy
    with pytest.raises(OperationError) as info:
        importer.import_module("bad")
    assert info.value.w_exc.get_type_name() == "ZeroDivisionError"
    assert seen == [True]
    assert "bad" not in importer.modules


def test_module_answers():
    space, interp = make_interp()
    code = store_x(space, 1)
    ok = space.newlist([space.newtext(u"module"), space.newtext(u"m"), code])
    assert module_answer(ok, "m") is code
    none = space.newlist([space.newtext(u"module"), space.newtext(u"m"), space.w_None])
    assert module_answer(none, "m") is None
    for items_w in [[space.newtext(u"module"), space.newtext(u"n"), space.w_None],
                    [space.newtext(u"module"), space.newtext(u"m")],
                    [space.newtext(u"module"), space.newtext(u"m"), space.newint(3)],
                    [space.newtext(u"result"), space.w_None],
                    [space.newtext(u"module"), space.newint(1), space.w_None]]:
        with pytest.raises(WireError):
            module_answer(space.newlist(items_w), "m")
