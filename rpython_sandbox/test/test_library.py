"""Untranslated tests of the library pieces that have no guest-visible
counterpart on the host: SHA-512, the seeding words and the generator's
first outputs (CPython 3.11's values)."""

import hashlib

from rpython.rlib.rarithmetic import r_uint
from rpython.rlib.rbigint import rbigint

from rpython_sandbox.builtins.rsha512 import sha512
from rpython_sandbox.builtins import interp_random
from rpython_sandbox.objects.functionobject import Arguments
from rpython_sandbox.test.support import make_interp


def test_sha512_matches_hashlib():
    for data in ["", "abc", "x" * 111, "x" * 112, "y" * 127, "z" * 128, "\xff" * 1000]:
        assert sha512(data) == hashlib.sha512(data).digest()


def test_seed_words_are_little_endian_32_bit():
    assert interp_random.words_of(rbigint.fromint(0)) == [r_uint(0)]
    assert interp_random.words_of(rbigint.fromlong(2 ** 32 + 5)) == [r_uint(5), r_uint(1)]


def test_seeded_generator_matches_cpython():
    space, interp = make_interp()
    w_mod = interp_random.make_module(space)
    space.call_function(w_mod.getvalue("seed"), [space.newint(42)])
    w_x = space.call_function(w_mod.getvalue("random"), [])
    assert w_x.floatval == 0.6394267984578837
    w_n = space.call_function(w_mod.getvalue("randint"), [space.newint(1), space.newint(100)])
    assert w_n.intval == 4


def test_unseeded_generators_differ_only_by_clock():
    space, interp = make_interp()
    w_a = interp_random.make_module(space)
    w_r = space.call_function(w_a.getvalue("random"), [])
    assert 0.0 <= w_r.floatval < 1.0
