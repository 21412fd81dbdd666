import pytest

from rpython_sandbox.error import OperationError, Interrupted
from rpython_sandbox.test.support import make_interp, assemble, run


def test_arithmetic_and_globals():
    space, interp = make_interp()
    code = assemble([("LOAD_CONST", 0), ("LOAD_CONST", 1), ("BINARY_OP", 2),   # 6 * 7
                     ("STORE_GLOBAL", 0), ("LOAD_GLOBAL", 0), "RETURN_VALUE"],
                    consts_w=[space.newint(6), space.newint(7)], names=["x"])
    w_res, w_mod = run(space, interp, code)
    assert space.eq_w(w_res, space.newint(42))
    assert space.eq_w(w_mod.getvalue("x"), space.newint(42))


def test_int_overflow_becomes_bigint():
    space, interp = make_interp()
    code = assemble([("LOAD_CONST", 0), ("LOAD_CONST", 0), ("BINARY_OP", 2), "RETURN_VALUE"],
                    consts_w=[space.newint(2 ** 62)])
    w_res, _ = run(space, interp, code)
    assert space.repr_u(w_res) == unicode(str(2 ** 124))


def test_exception_handler_catches():
    space, interp = make_interp()
    # try: 1 // 0  except ZeroDivisionError: return 'caught'
    code = assemble([
        ("SETUP_EXCEPT", 5), ("LOAD_CONST", 0), ("LOAD_CONST", 1), ("BINARY_OP", 4),
        "RETURN_VALUE",
        ("LOAD_GLOBAL", 0), "EXC_MATCH", ("POP_JUMP_IF_FALSE", 10), ("LOAD_CONST", 2),
        "RETURN_VALUE",
        ("LOAD_CONST", 3), "RERAISE"],
        consts_w=[space.newint(1), space.newint(0), space.newtext(u"caught"), space.w_None],
        names=["ZeroDivisionError"])
    w_res, _ = run(space, interp, code)
    assert space.str_u(w_res) == u"caught"


def test_uncaught_exception_has_traceback():
    space, interp = make_interp()
    code = assemble([("LOAD_CONST", 0), ("LOAD_CONST", 1), ("BINARY_OP", 3), "RETURN_VALUE"],
                    consts_w=[space.newint(1), space.newint(0)])
    with pytest.raises(OperationError) as e:
        run(space, interp, code)
    w_exc = e.value.w_exc
    assert w_exc.get_type_name() == "ZeroDivisionError"
    assert space.str_u(w_exc) == u"division by zero"
    assert [(t.code.filename, t.lineno) for t in w_exc.traceback] == [("test.py", 3)]


def test_deadline_stops_an_infinite_loop():
    space, interp = make_interp()
    code = assemble([("JUMP_ABSOLUTE", 0)])
    interp.limits.start_request(0.05, 0.0, 0)
    with pytest.raises(Interrupted) as e:
        run(space, interp, code)
    assert e.value.reason == "deadline"
    assert e.value.lineno == 1


def test_deadline_is_not_catchable_by_guest_handlers():
    space, interp = make_interp()
    # try: while True: pass  except BaseException: return 1
    code = assemble([("SETUP_EXCEPT", 2), ("JUMP_ABSOLUTE", 1),
                     ("LOAD_CONST", 0), "RETURN_VALUE"], consts_w=[space.newint(1)])
    interp.limits.start_request(0.05, 0.0, 0)
    with pytest.raises(Interrupted):
        run(space, interp, code)


def test_huge_repetition_refused_before_allocating():
    space, interp = make_interp(quota=64 * 1024 * 1024)
    code = assemble([("LOAD_CONST", 0), ("BUILD_LIST", 1), ("LOAD_CONST", 1), ("BINARY_OP", 2),
                     "RETURN_VALUE"], consts_w=[space.newint(0), space.newint(10 ** 12)])
    with pytest.raises(OperationError) as e:
        run(space, interp, code)
    assert e.value.w_exc.get_type_name() == "MemoryError"


def test_huge_power_refused():
    space, interp = make_interp(quota=64 * 1024 * 1024)
    code = assemble([("LOAD_CONST", 0), ("LOAD_CONST", 1), ("BINARY_OP", 6), "RETURN_VALUE"],
                    consts_w=[space.newint(2), space.newint(10 ** 10)])
    with pytest.raises(OperationError) as e:
        run(space, interp, code)
    assert e.value.w_exc.get_type_name() == "MemoryError"


def test_instruction_budget_stops_at_the_same_point_every_time():
    counts = []
    for attempt in range(2):
        space, interp = make_interp()
        # n = 0; while True: n += 1   (a global counter)
        code = assemble([("LOAD_CONST", 0), ("STORE_GLOBAL", 0),
                         ("LOAD_GLOBAL", 0), ("LOAD_CONST", 1), ("INPLACE_OP", 0),
                         ("STORE_GLOBAL", 0), ("JUMP_ABSOLUTE", 2)],
                        consts_w=[space.newint(0), space.newint(1)], names=["n"])
        interp.limits.start_request(0.0, 0.0, 50000)
        from rpython_sandbox.objects.moduleobject import W_ModuleObject
        w_mod = W_ModuleObject("__main__")
        with pytest.raises(Interrupted) as e:
            interp.run_module_code(code, w_mod)
        assert e.value.reason == "instructions"
        counts.append(space.index_w(w_mod.getvalue("n")))
    assert counts[0] == counts[1]
    # 5 instructions per iteration: the budget is used up, not overshot
    assert 50000 // 5 - 2 <= counts[0] <= 50000 // 5


def test_cpu_budget_stops_a_loop():
    space, interp = make_interp()
    code = assemble([("JUMP_ABSOLUTE", 0)])
    interp.limits.start_request(0.0, 0.05, 0)
    with pytest.raises(Interrupted) as e:
        run(space, interp, code)
    assert e.value.reason == "cpu"


def test_builtin_work_is_charged_to_the_instruction_budget():
    space, interp = make_interp()
    # sorted(range(200000)): no bytecode loop, only builtin work
    code = assemble([("LOAD_GLOBAL", 0), ("LOAD_GLOBAL", 1), ("LOAD_CONST", 0),
                     ("CALL_FUNCTION", 1), ("CALL_FUNCTION", 1), "RETURN_VALUE"],
                    consts_w=[space.newint(200000)], names=["sorted", "range"])
    interp.limits.start_request(0.0, 0.0, 10000)
    with pytest.raises(Interrupted) as e:
        run(space, interp, code)
    assert e.value.reason == "instructions"


def test_big_multiplication_is_interruptible():
    space, interp = make_interp()
    from rpython.rlib.rbigint import rbigint
    big = space.newlong(rbigint.fromint(3).pow(rbigint.fromint(300000)))
    code = assemble([("LOAD_CONST", 0), ("LOAD_CONST", 0), ("BINARY_OP", 2), "RETURN_VALUE"],
                    consts_w=[big])
    interp.limits.start_request(0.0, 0.0, 1000)
    with pytest.raises(Interrupted) as e:
        run(space, interp, code)
    assert e.value.reason == "instructions"
