"""TextBuffer and BytesBuffer: a str (or bytes) result of known length,
allocated once and filled in chunks with interrupt checks between them.

Why not RPython's UnicodeBuilder/StringBuilder: they clamp their size hint
(to 1280 characters in rpython 0.2.1), so a huge result grows piece by
piece, and build() then copies every piece into the final string in one
step no check point can interrupt.  For 'ab' * 10**8 (800 MB) that copy
took 0.3 s, and for the 1.6 GB of ('ab' * 10**8).replace('a', 'xyz') up to
half a second, all past a deadline (tests/translated/test_limits.py).
Here the final string is the buffer: build() copies nothing.
"""

from rpython.rlib import jit
from rpython.rtyper.lltypesystem import rstr
from rpython.rtyper.annlowlevel import llunicode, hlunicode, llstr, hlstr

COPY_CHUNK = 1 << 22        # characters copied between two check points


def _make_buffer(name, malloc, copy_contents, to_ll, from_ll):
    class Buffer(object):
        def __init__(self, length):
            assert length >= 0
            self.ll_chars = malloc(length)
            self.length = length
            self.pos = 0

        @jit.dont_look_inside
        def append_slice(self, space, s, start, end):
            """Append s[start:end], charging the copy as work (a check
            point every COPY_CHUNK characters)."""
            assert 0 <= start <= end <= len(s)
            assert self.pos + (end - start) <= self.length
            ll_s = to_ll(s)
            while start < end:
                n = min(end - start, COPY_CHUNK)
                copy_contents(ll_s, self.ll_chars, start, self.pos, n)
                start += n
                self.pos += n
                if n == COPY_CHUNK:
                    space.charge_work(n >> 6)

        def append(self, space, s):
            self.append_slice(space, s, 0, len(s))

        @jit.dont_look_inside
        def build(self):
            assert self.pos == self.length, "buffer not filled"
            result = from_ll(self.ll_chars)
            self.ll_chars = malloc(0)      # the result is not ours any more
            return result

    Buffer.__name__ = name
    return Buffer


TextBuffer = _make_buffer("TextBuffer", rstr.mallocunicode,
                          rstr.copy_unicode_contents, llunicode, hlunicode)
BytesBuffer = _make_buffer("BytesBuffer", rstr.mallocstr,
                           rstr.copy_string_contents, llstr, hlstr)
