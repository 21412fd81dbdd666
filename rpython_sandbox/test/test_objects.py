# -*- coding: utf-8 -*-
from rpython_sandbox.test.support import make_interp
from rpython_sandbox.objects.floatobject import float_repr, hash_float
from rpython_sandbox import operators as ops


def test_float_repr_matches_cpython():
    for x in [0.1, 1.0, 1e16, 1e-5, 123456789.0, 0.30000000000000004, -2.5, 1e300 * 10]:
        assert float_repr(x) == repr(x) or (x == float("inf") and float_repr(x) == "inf")


def test_numeric_hashes_agree():
    space, _ = make_interp()
    assert space.hash_w(space.newint(1)) == space.hash_w(space.newfloat(1.0)) == space.hash_w(space.w_True)
    # CPython 3's values (the Python 2 host hashes floats differently)
    assert hash_float(1.5) == 1152921504606846977
    assert hash_float(-2.25e10) == -22500000000
    assert hash_float(0.1) == 230584300921369408


def test_int_and_float_compare_exactly():
    space, _ = make_interp()
    big = space.newint(2 ** 53 + 1)
    assert not space.eq_w(big, space.newfloat(float(2 ** 53 + 1)))
    assert space.is_true(space.compare(ops.GT, big, space.newfloat(float(2 ** 53))))


def test_floor_division_and_modulo_signs():
    space, _ = make_interp()
    def op(o, a, b):
        return space.repr_u(space.binary_op(o, a, b))
    assert op(ops.FLOORDIV, space.newint(-7), space.newint(2)) == u"-4"
    assert op(ops.MOD, space.newint(-7), space.newint(2)) == u"1"
    assert op(ops.MOD, space.newfloat(-7.0), space.newint(2)) == u"1.0"
    assert op(ops.FLOORDIV, space.newfloat(7.0), space.newfloat(-2.0)) == u"-4.0"


def test_str_repr_escapes():
    space, _ = make_interp()
    assert space.repr_u(space.newtext(u"it's")) == u'"it\'s"'
    assert space.repr_u(space.newtext(u"a\nb\x00")) == u"'a\\nb\\x00'"
    assert space.repr_u(space.newtext(u"\xe9")) == u"'\xe9'"


def test_self_containing_list_repr():
    space, _ = make_interp()
    w_l = space.newlist([])
    w_l.items_w.append(w_l)
    assert space.repr_u(w_l) == u"[[...]]"


def test_huge_replace_fills_one_buffer_with_the_builders_result(monkeypatch):
    # above SEARCH_CHUNK replace_in counts, then fills a TextBuffer in place
    # (chunks made small: untranslated, the low-level copy is slow)
    from rpython_sandbox.objects import strobject, textbuffer
    monkeypatch.setattr(strobject, "SEARCH_CHUNK", 64)
    monkeypatch.setattr(textbuffer, "COPY_CHUNK", 16)
    space, _ = make_interp()
    s = u"ab\u20ac" * 300
    for old, new, count in [(u"a", u"xyz", -1), (u"b\u20ac", u"", -1),
                            (u"\u20aca", u"-", 7), (u"q", u"r", -1),
                            (u"ab", u"AB", 0)]:
        got = strobject.replace_in(space, s, old, new, count)
        assert got == s.replace(old, new, count if count >= 0 else len(s))


def test_text_buffer_refuses_to_build_half_filled():
    from rpython_sandbox.objects.textbuffer import TextBuffer
    space, _ = make_interp()
    buf = TextBuffer(6)
    buf.append(space, u"abc")
    try:
        buf.build()
    except AssertionError:
        pass
    else:
        assert False, "built a half-filled buffer"
    buf.append_slice(space, u"xdefx", 1, 4)
    assert buf.build() == u"abcdef"


def test_huge_repeat_fills_one_buffer(monkeypatch):
    from rpython_sandbox.objects import sequence, textbuffer
    monkeypatch.setattr(sequence, "REPEAT_CHUNK", 32)
    monkeypatch.setattr(textbuffer, "COPY_CHUNK", 16)
    space, _ = make_interp()
    for n in [0, 1, 10, 11, 97]:
        assert sequence.repeat_string(space, u"ab\u20ac", n, textbuffer.TextBuffer) == u"ab\u20ac" * n
        assert sequence.repeat_string(space, "xyz", n, textbuffer.BytesBuffer) == "xyz" * n
