"""parse_size / format_size and the traceback formatter."""

import pytest

from trusted import parse_size
from trusted._sizes import format_amount, format_size
from trusted._traceback import SourceMap, format_traceback


@pytest.mark.parametrize("text, size", [
    ("64M", 64 << 20), ("64m", 64 << 20), ("64MiB", 64 << 20),
    ("64MB", 64 << 20), ("512K", 512 << 10), ("512KiB", 512 << 10),
    ("1G", 1 << 30), ("2GiB", 2 << 30), ("1048576", 1048576), ("0", 0),
    (" 7 M ", 7 << 20), ("100B", 100), ("1.5G", 3 << 29), (".5K", 512),
    (4096, 4096),
])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "M", "64X", "-1", "64 M B", "1e6",
                                  "0x10", "64Mi", "nan", True, None, 1.5])
def test_parse_size_rejects(text):
    with pytest.raises(ValueError) as info:
        parse_size(text)
    assert "size" in str(info.value)


@pytest.mark.parametrize("size, text", [
    (64 << 20, "64 MiB"), (1 << 30, "1 GiB"), (3 << 29, "1536 MiB"),
    (512 << 10, "512 KiB"), (1000, "1000 bytes"), (1, "1 bytes"),
])
def test_format_size(size, text):
    assert format_size(size) == text


def test_traceback_uses_the_line_numbering_of_the_tokenizer():
    sources = SourceMap()
    sources.add("a.py", "x = 1\r\ny = '\x0c'\rz = 3\n  w = 4  \n")
    assert sources.line("a.py", 3) == "z = 3"
    assert sources.line("a.py", 4) == "w = 4"
    assert sources.line("a.py", 9) is None
    assert sources.line("b.py", 1) is None


def test_traceback_without_entries_is_the_exception_only():
    assert format_traceback("KeyError", "", [], SourceMap()) == "KeyError"


@pytest.mark.parametrize("size, text", [
    (64 << 20, "64 MiB"), (1258291, "1.2 MiB"), (3 << 29, "1.5 GiB"),
    (1536, "1.5 KiB"), (1023, "1023 bytes"), (0, "0 bytes"),
])
def test_format_amount(size, text):
    assert format_amount(size) == text
