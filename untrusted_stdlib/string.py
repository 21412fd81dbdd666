"""String constants, capwords and Template (CPython 3.11's `string`,
written for the sandbox: it runs inside the guest like any guest code).

Template scans for placeholders by hand (the sandbox has no `re`): a
subclass may change `delimiter`, but `idpattern`, `braceidpattern`,
`flags` and `pattern` are not consulted (identifiers are ASCII
`[_a-zA-Z][_a-zA-Z0-9]*`, as CPython's default).  No Formatter."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]


def capwords(s, sep=None):
    """Split s on sep (whitespace if None), capitalize each word, and join
    them with sep (a single space if None)."""
    joiner = sep
    if not joiner:
        joiner = " "
    return joiner.join([word.capitalize() for word in s.split(sep)])


_ID_START = "_" + ascii_letters
_ID_CHARS = _ID_START + digits


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    # Each placeholder is (kind, name, start, end): kind is 'escaped',
    # 'named', 'braced' or 'invalid'; start is where the delimiter is;
    # for 'invalid', CPython reports the position after the delimiter.
    def _placeholders(self):
        template = self.template
        delim = self.delimiter
        n = len(template)
        i = 0
        while True:
            j = template.find(delim, i)
            if j < 0:
                return
            k = j + len(delim)
            if template.startswith(delim, k):
                yield ('escaped', None, j, k + len(delim))
                i = k + len(delim)
                continue
            if k < n and template[k] in _ID_START:
                m = k + 1
                while m < n and template[m] in _ID_CHARS:
                    m += 1
                yield ('named', template[k:m], j, m)
                i = m
                continue
            if k < n and template[k] == '{' and k + 1 < n and template[k + 1] in _ID_START:
                m = k + 2
                while m < n and template[m] in _ID_CHARS:
                    m += 1
                if m < n and template[m] == '}':
                    yield ('braced', template[k + 1:m], j, m + 1)
                    i = m + 1
                    continue
            yield ('invalid', None, j, k)
            i = k

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        def lookup(name):
            if kws and name in kws:
                return kws[name]
            if mapping is None:
                raise KeyError(name)
            return mapping[name]

        parts = []
        pos = 0
        for kind, name, start, end in self._placeholders():
            parts.append(self.template[pos:start])
            pos = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                parts.append(self.delimiter)
            elif safe:
                try:
                    parts.append(str(lookup(name)))
                except KeyError:
                    parts.append(self.template[start:end])
            else:
                parts.append(str(lookup(name)))
        parts.append(self.template[pos:])
        return ''.join(parts)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for kind, name, start, end in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, name, start, end in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
