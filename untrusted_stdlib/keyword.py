"""Python's keywords, as CPython 3.11's `keyword` lists them (written for
the sandbox: it runs inside the guest like any guest code)."""

kwlist = [
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
]

softkwlist = ["_", "case", "match"]

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

_keywords = {}
for _word in kwlist:
    _keywords[_word] = True
_soft_keywords = {}
for _word in softkwlist:
    _soft_keywords[_word] = True
del _word


def iskeyword(s):
    """True if s is a keyword of Python 3.11."""
    return s in _keywords


def issoftkeyword(s):
    """True if s is a soft keyword of Python 3.11 (match, case, _)."""
    return s in _soft_keywords
