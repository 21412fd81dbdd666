"""Python-style tracebacks for guest exceptions.

The interpreter reports an uncaught exception as a type name, a message and
(filename, lineno, function) entries; it never has the source. The host does
(it compiled every file the guest runs), so the familiar CPython layout, with
source lines, is rebuilt here.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence

from trusted._exceptions import TracebackEntry


def _split_lines(source: str) -> List[str]:
    # Line numbers come from Python's tokenizer, which breaks lines on \n,
    # \r\n and \r only (not on the other separators str.splitlines() knows).
    return source.replace("\r\n", "\n").replace("\r", "\n").split("\n")


class SourceMap:
    """filename -> source text of everything compiled for one sandbox."""

    def __init__(self) -> None:
        self._lines: Dict[str, List[str]] = {}

    def add(self, filename: str, source: str) -> None:
        self._lines[filename] = _split_lines(source)

    def line(self, filename: str, lineno: int) -> Optional[str]:
        lines = self._lines.get(filename)
        if lines is None or not 1 <= lineno <= len(lines):
            return None
        return lines[lineno - 1].strip() or None


def exception_only(type_name: str, message: str) -> str:
    return "%s: %s" % (type_name, message) if message else type_name


_CHAIN_SEPARATORS = {
    "cause": "The above exception was the direct cause of the following exception:",
    "context": "During handling of the above exception, another exception occurred:",
}


def format_chained(info: dict, sources: SourceMap) -> str:
    """The text CPython would print for an `error` reply's info, its
    chained exceptions ("chain", most recent first) before it."""
    parts = []
    for link in reversed(info.get("chain", [])):
        parts.append(format_traceback(link["type"], link["message"],
                                      link["traceback"], sources))
        parts.append("\n%s\n" % _CHAIN_SEPARATORS[link["how"]])
    parts.append(format_traceback(info["type"], info["message"],
                                  info["traceback"], sources))
    return "\n".join(parts)


def format_traceback(type_name: str, message: str,
                     entries: Sequence[TracebackEntry],
                     sources: SourceMap) -> str:
    """The text CPython would print, without the trailing newline."""
    parts = []
    if entries:
        parts.append("Traceback (most recent call last):")
    for filename, lineno, function in entries:
        parts.append('  File "%s", line %d, in %s' % (filename, lineno, function))
        text = sources.line(filename, lineno)
        if text is not None:
            parts.append("    " + text)
    parts.append(exception_only(type_name, message))
    return "\n".join(parts)
