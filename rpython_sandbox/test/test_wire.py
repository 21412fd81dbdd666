# -*- coding: utf-8 -*-
import pytest

from rpython_sandbox import wire
from rpython_sandbox.error import WireError, OperationError
from rpython_sandbox.test.support import make_interp


def roundtrip(space, w_value):
    return wire.Decoder(space, wire.encode_value(space, w_value), False).decode_all()


def test_scalars_roundtrip():
    space, _ = make_interp()
    for w_v in [space.w_None, space.w_True, space.w_False, space.newint(0), space.newint(127),
                space.newint(-32), space.newint(-33), space.newint(2 ** 62),
                space.newint(-2 ** 63), space.newfloat(1.5), space.newfloat(-0.0),
                space.newtext(u"h\xe9llo \u20ac"), space.newbytes("\x00\xff")]:
        w_back = roundtrip(space, w_v)
        assert space.eq_w(w_back, w_v)
        assert space.type(w_back) is space.type(w_v)


def test_bigint_roundtrip():
    space, _ = make_interp()
    from rpython.rlib.rbigint import rbigint
    for text in ["18446744073709551616", "-18446744073709551617", str(3 ** 200)]:
        w_v = space.newlong(rbigint.fromstr(text))
        assert space.repr_u(roundtrip(space, w_v)) == unicode(text)


def test_containers_roundtrip():
    space, _ = make_interp()
    w_d = space.newdict()
    w_d.setitem(space, space.newtuple([space.newint(1), space.newtext(u"a")]),
                space.newlist([space.newfloat(2.0), space.w_None]))
    w_back = roundtrip(space, w_d)
    assert space.repr_u(w_back) == u"{(1, 'a'): [2.0, None]}"


def test_uncopyable_value_is_a_guest_type_error():
    space, interp = make_interp()
    w_func = interp.w_builtins.getvalue("len")
    with pytest.raises(OperationError) as e:
        wire.encode_value(space, space.newlist([w_func]))
    assert space.str_u(e.value.w_exc) == u"cannot copy 'builtin_function_or_method' out of the sandbox"


def test_self_containing_list_is_refused_not_a_crash():
    space, _ = make_interp()
    w_l = space.newlist([])
    w_l.items_w.append(w_l)
    with pytest.raises(OperationError) as e:
        wire.encode_value(space, w_l)
    assert e.value.w_exc.w_type is space.w_ValueError


@pytest.mark.parametrize("data, message", [
    ("", "truncated"),
    ("\x92\x01", "truncated"),                       # array of 2 with 1 item
    ("\xc1", "invalid msgpack type byte"),           # never used
    ("\x01\x02", "trailing bytes"),
    ("\xdd\xff\xff\xff\xff", "truncated"),           # 4G items announced
    ("\xdb\x7f\xff\xff\xff", "truncated"),           # 2G str announced
    ("\xa2\xc3\x28", "invalid UTF-8"),
    ("\xd4\x63\x00", "unknown extension type 99"),
    ("\xc7\x01\x10\x00", "code object is not allowed"),
    ("\x91" * 200 + "\xc0", "nesting deeper"),
    ("\x81\x90\xc0", "unhashable map key"),
])
def test_hostile_input_is_refused(data, message):
    space, _ = make_interp()
    with pytest.raises(WireError) as e:
        wire.Decoder(space, data, False).decode_all()
    assert message in e.value.msg


def test_message_shape():
    space, _ = make_interp()
    with pytest.raises(WireError):
        wire.decode_message(space, "\x90")            # empty array
    with pytest.raises(WireError):
        wire.decode_message(space, "\x91\x01")        # type is not a str
    w_msg = wire.decode_message(space, "\x91\xa8shutdown")
    assert len(w_msg.items_w) == 1
