"""Untranslated tests of the class machinery (objects/classobject.py) and
its opcodes: BUILD_CLASS, LOAD_NAME/STORE_NAME, LOAD_DEFINING_CLASS,
DELETE_ATTR, SETUP_WITH/WITH_EXCEPT."""

import pytest

from rpython_sandbox.error import OperationError
from rpython_sandbox.verifier import verify
from rpython_sandbox.objects.classobject import (
    make_class, compute_mro, W_InstanceObject)
from rpython_sandbox.objects.functionobject import Arguments
from rpython_sandbox.test.support import make_interp, assemble, run


def _class(space, name, bases_w, **attrs):
    return make_class(space, name, bases_w, dict(attrs))


def test_class_body_and_method_call():
    space, interp = make_interp()
    # class C:  x = 40
    #           def get(self): return self.y   (code object built by hand)
    # c = C(); c.y = 2; return c.get() + C.x
    method = assemble([("LOAD_FAST", 0), ("LOAD_ATTR", 0), "RETURN_VALUE"],
                      names=["y"], nlocals=1, flags=0, argcount=1, name="get")
    body = assemble([("LOAD_CONST", 0), ("STORE_NAME", 0),
                     ("LOAD_CONST", 1), ("MAKE_FUNCTION", 0), ("STORE_NAME", 1),
                     ("LOAD_CONST", 2), "RETURN_VALUE"],
                    consts_w=[space.newint(40), method, space.w_None], names=["x", "get"],
                    flags=0, name="C")
    code = assemble([
        ("LOAD_CONST", 0), ("LOAD_CONST", 1), ("BUILD_CLASS", 0), ("STORE_GLOBAL", 0),
        ("LOAD_GLOBAL", 0), ("CALL_FUNCTION", 0), ("STORE_GLOBAL", 1),
        ("LOAD_CONST", 2), ("LOAD_GLOBAL", 1), ("STORE_ATTR", 2),
        ("LOAD_GLOBAL", 1), ("LOAD_ATTR", 3), ("CALL_FUNCTION", 0),
        ("LOAD_GLOBAL", 0), ("LOAD_ATTR", 4), ("BINARY_OP", 0), "RETURN_VALUE"],
        consts_w=[body, space.newtext(u"C"), space.newint(2)],
        names=["C", "c", "y", "get", "x"])
    verify(code)
    w_res, w_mod = run(space, interp, code)
    assert space.eq_w(w_res, space.newint(42))
    w_c = w_mod.getvalue("C")
    assert space.repr_u(w_c) == u"<class '__main__.C'>"


def test_c3_mro_and_its_error():
    space, _ = make_interp()
    w_a = _class(space, "A", [])
    w_b = _class(space, "B", [w_a])
    w_c = _class(space, "C", [w_a])
    w_d = _class(space, "D", [w_b, w_c])
    assert [t.name for t in w_d.mro_w] == ["D", "B", "C", "A", "object"]
    with pytest.raises(OperationError) as info:
        _class(space, "Bad", [w_a, w_b])
    assert u"consistent method resolution" in space.str_u(info.value.w_exc)


def test_builtin_base_layouts():
    space, _ = make_interp()
    w_l = _class(space, "L", [space.w_list])
    assert w_l.w_layout is space.w_list
    w_inst = space.call_function(w_l, [space.newlist([space.newint(1)])])
    assert space.len_w(w_inst) == 1
    assert space.isinstance_w(w_inst, space.w_list)
    with pytest.raises(OperationError) as info:
        _class(space, "LD", [space.w_list, space.w_dict])
    assert u"lay-out conflict" in space.str_u(info.value.w_exc)
    with pytest.raises(OperationError) as info:
        _class(space, "B", [space.w_bool])
    assert u"'bool'" in space.str_u(info.value.w_exc)


def test_exception_subclass_makes_exception_instances():
    space, _ = make_interp()
    w_e = _class(space, "MyError", [space.w_ValueError])
    assert w_e.is_exception and w_e.issubtype(space.w_Exception)
    w_inst = space.call_function(w_e, [space.newtext(u"boom")])
    assert space.exception_match(w_inst, space.w_ValueError)
    assert space.str_u(w_inst) == u"boom"
    assert w_inst.get_type_name() == "MyError"


def test_eq_without_hash_is_unhashable():
    space, _ = make_interp()
    w_cls = _class(space, "P", [], __eq__=space.w_None)
    assert space.is_none(w_cls.dict_w["__hash__"])
    w_inst = space.call_function(w_cls, [])
    with pytest.raises(OperationError):
        space.hash_w(w_inst)


def test_plain_instance_defaults():
    space, _ = make_interp()
    w_cls = _class(space, "Q", [])
    w_a = space.call_function(w_cls, [])
    w_b = space.call_function(w_cls, [])
    assert isinstance(w_a, W_InstanceObject)
    assert space.eq_w(w_a, w_a) and not space.eq_w(w_a, w_b)
    assert space.is_true(space.ne(w_a, w_b))
    space.setattr(w_a, "v", space.newint(1))
    assert space.eq_w(space.getattr(w_a, "v"), space.newint(1))
    space.delattr(w_a, "v")
    with pytest.raises(OperationError):
        space.getattr(w_a, "v")
    with pytest.raises(OperationError):       # object() takes no attributes
        space.setattr(space.call_function(space.w_object, []), "v", space.newint(1))
    with pytest.raises(OperationError):       # no __init__: no arguments
        w_cls.call(space, Arguments([space.newint(1)]))


def test_with_statement_opcodes_verify_and_run():
    space, interp = make_interp()
    # with <object()>: pass  -> TypeError (no __enter__), caught by an outer handler
    code = assemble([
        ("SETUP_EXCEPT", 13),
        ("LOAD_GLOBAL", 0), ("CALL_FUNCTION", 0), ("SETUP_WITH", 10), "POP_TOP", "POP_BLOCK",
        ("LOAD_CONST", 0), ("LOAD_CONST", 0), ("LOAD_CONST", 0), ("JUMP_ABSOLUTE", 14),
        "WITH_EXCEPT", ("POP_JUMP_IF_TRUE", 12), "RERAISE",
        "RETURN_VALUE",
        ("LOAD_CONST", 1), "RETURN_VALUE"],
        consts_w=[space.w_None, space.newtext(u"unreached")], names=["object"])
    verify(code)
    w_res, _ = run(space, interp, code)
    assert space.str_u(w_res).startswith(u"'object' object does not support the context")


def test_load_defining_class_outside_a_method():
    space, interp = make_interp()
    code = assemble(["LOAD_DEFINING_CLASS", "RETURN_VALUE"])
    with pytest.raises(OperationError) as info:
        run(space, interp, code)
    assert space.str_u(info.value.w_exc) == u"super(): __class__ cell not found"


def test_metaclass_instances_and_conflict():
    from rpython_sandbox.objects.classobject import calculate_meta
    space, _ = make_interp()
    w_meta = _class(space, "M", [space.w_type])
    assert w_meta.w_layout is space.w_type
    w_cls = space.call_function(w_meta, [space.newtext(u"A"), space.newtuple([]),
                                         space.newdict()])
    assert w_cls.gettype(space) is w_meta
    assert space.isinstance_w(w_cls, space.w_type)
    # a subclass of A inherits the metaclass
    assert calculate_meta(space, None, [w_cls]) is w_meta
    w_other = space.call_function(_class(space, "N", [space.w_type]),
                                  [space.newtext(u"B"), space.newtuple([]), space.newdict()])
    with pytest.raises(OperationError) as info:
        calculate_meta(space, None, [w_cls, w_other])
    assert u"metaclass conflict" in space.str_u(info.value.w_exc)


def test_builtin_new_and_slots():
    space, _ = make_interp()
    w_t = _class(space, "T", [space.w_tuple])
    w_new = space.getattr(space.w_tuple, "__new__")
    w_inst = space.call_function(w_new, [w_t, space.newlist([space.newint(1)])])
    assert isinstance(w_inst, W_InstanceObject) and w_inst.w_class is w_t
    assert space.hash_w(w_inst) == space.hash_w(space.newtuple([space.newint(1)]))
    w_len = space.getattr(space.w_tuple, "__len__")
    assert space.index_w(space.call_function(w_len, [w_inst])) == 1
    with pytest.raises(OperationError):      # object.__new__ refuses a tuple layout
        space.call_function(space.getattr(space.w_object, "__new__"), [w_t])
