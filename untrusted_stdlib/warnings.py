"""Warning control (CPython 3.11's `warnings`, written for the sandbox: it
runs inside the guest like any guest code).

`warn`, `filterwarnings`, `simplefilter`, `resetwarnings`,
`catch_warnings` (with `record=True`), `showwarning`, `formatwarning`,
`filters`, `WarningMessage`; the actions "error", "ignore", "always",
"default", "module" and "once", and CPython's default filters.

Differences from CPython, forced by the sandbox: there are no frames, so
a warning has no file, line or module: it is shown as
`<sandbox>: Category: message` on `sys.stderr` (nothing is shown when
`sys` is not granted), "default" and "module" show a message once per
(text, category) as "once" does, and a filter's module pattern is
matched against "__main__". There is no `re`: a filter's message and
module patterns are matched case-insensitively at the start of the text
with `.` and `.*` as the only special forms (`\\.` for a dot)."""

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _match(pattern, text):
    """A prefix match of the regex subset: literals, '.', '.*', '\\x'."""
    if pattern is None:
        return True
    return _match_at(pattern.lower(), 0, text.lower(), 0)


def _match_at(p, i, t, j):
    while i < len(p):
        if p[i] == "." and i + 1 < len(p) and p[i + 1] == "*":
            for k in range(len(t), j - 1, -1):
                if _match_at(p, i + 2, t, k):
                    return True
            return False
        if j >= len(t):
            return False
        if p[i] == "\\" and i + 1 < len(p):
            if t[j] != p[i + 1]:
                return False
            i += 2
        elif p[i] == "." or p[i] == t[j]:
            i += 1
        else:
            return False
        j += 1
    return True


filters = []
defaultaction = "default"
_seen = set()      # (text, category) already shown by "default"/"module"/"once"


def _filters_mutated():
    _seen.clear()


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, message or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _formatwarning_sandbox(message, category):
    return "<sandbox>: %s: %s\n" % (category.__name__, message)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    if file is None:
        try:
            import sys
        except ImportError:
            return
        file = sys.stderr
        if file is None:
            return
    if filename is None:
        text = _formatwarning_sandbox(message, category)
    else:
        text = formatwarning(message, category, filename, lineno, line)
    try:
        file.write(text)
    except OSError:
        pass


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


_showwarnmsg_impl = _showwarnmsg


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    _issue(message, category, "__main__", None, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """warn() for a given location (the location is only shown)."""
    if isinstance(message, Warning):
        category = message.__class__
    _issue(message, category, module or "__main__", filename, lineno, source)


def _issue(message, category, module, filename, lineno, source):
    """Apply the first matching filter; a warning without a location (warn)
    matches only filters for any line, and is shown once per text and
    category, one with a location once per location too."""
    text = str(message)
    if not isinstance(message, Warning):
        message = category(message)
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_match(msg, text) and issubclass(category, cat)
                and _match(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action != "always":
        key = (text, category) if filename is None else (text, category, filename, lineno)
        if key in _seen:
            return
        _seen.add(key)
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    """A context manager that copies and, upon exit, restores the warnings
    filter and the showwarning() function; with record=True, warnings go
    to a list that __enter__ returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global _showwarnmsg_impl, showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        _filters_mutated()
        self._showwarning = showwarning
        self._showwarnmsg_impl = _showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _showwarnmsg_impl = log.append
            showwarning = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        global _showwarnmsg_impl, showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        _filters_mutated()
        showwarning = self._showwarning
        _showwarnmsg_impl = self._showwarnmsg_impl


# CPython 3.11's default filters (a release build)
filters[:] = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
