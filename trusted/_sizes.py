"""Sizes in bytes: parsed from "64M"-style text, shown as "64 MiB"."""

from __future__ import annotations

import re
from typing import Union

_UNITS = {"": 1, "b": 1,
          "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10,
          "m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
          "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30}
_SIZE_RE = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Z]*)\s*\Z")


def parse_size(text: Union[str, int]) -> int:
    """Bytes in a size like "64M", "512KiB", "1.5G" or "1048576".

    Units are binary: K/KB/KiB = 1024, M/MB/MiB = 1024**2, G/GB/GiB =
    1024**3 (case-insensitive); no unit means bytes. ValueError otherwise.
    """
    if isinstance(text, int) and not isinstance(text, bool):
        if text < 0:
            raise ValueError("size must not be negative: %d" % text)
        return text
    if not isinstance(text, str):
        raise ValueError("size must be a str or an int, not %s"
                         % type(text).__name__)
    match = _SIZE_RE.match(text)
    unit = _UNITS.get(match.group(2).lower()) if match else None
    if unit is None:
        raise ValueError("invalid size %r: expected a number of bytes with an "
                         "optional unit K, M, G (or KiB, MiB, GiB), e.g. '64M'"
                         % text)
    return int(float(match.group(1)) * unit) if "." in match.group(1) \
        else int(match.group(1)) * unit


def format_size(size: int) -> str:
    """"64 MiB", "1 GiB", "512 KiB" or "1000 bytes": the largest exact unit."""
    for name, unit in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size and size % unit == 0:
            return "%d %s" % (size // unit, name)
    return "%d bytes" % size


def format_amount(size: int) -> str:
    """A measured size for people: exact units as format_size ("64 MiB"),
    anything else to one decimal in the largest unit it reaches ("1.2 MiB",
    "3.0 KiB"), below 1 KiB in bytes."""
    for name, unit in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= unit:
            if size % unit == 0:
                return "%d %s" % (size // unit, name)
            return "%.1f %s" % (size / unit, name)
    return "%d bytes" % size
