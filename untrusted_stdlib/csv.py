"""CSV reading and writing (CPython 3.11's `csv`, written for the sandbox:
it runs inside the guest like any guest code; there are no files, so
readers take any iterable of lines, such as `io.StringIO` or a list,
and writers any object with `write`).

`reader`, `writer`, `DictReader`, `DictWriter`, `Dialect`, `excel`,
`excel_tab`, `unix_dialect`, `register_dialect`, `get_dialect`,
`unregister_dialect`, `list_dialects`, `field_size_limit`, `Error` and the
`QUOTE_*` constants, with the dialect parameters `delimiter`,
`quotechar`, `escapechar`, `doublequote`, `skipinitialspace`,
`lineterminator`, `quoting` and `strict`.  No `Sniffer`."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "field_size_limit", "DictReader", "DictWriter",
           "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_field_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    """Describe a CSV dialect: subclass and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self)       # validates


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


class _Params:
    """The effective dialect: a base dialect (name, class or instance)
    overridden by keyword arguments, checked as CPython checks them."""

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        names = ("delimiter", "quotechar", "escapechar", "doublequote",
                 "skipinitialspace", "lineterminator", "quoting", "strict")
        for name in kwargs:
            if name not in names:
                raise TypeError("'%s' is an invalid keyword argument for this function"
                                % name)
        defaults = {"delimiter": ',', "quotechar": '"', "escapechar": None,
                    "doublequote": True, "skipinitialspace": False,
                    "lineterminator": '\r\n', "quoting": QUOTE_MINIMAL, "strict": False}
        for name in names:
            if name in kwargs:
                value = kwargs[name]
            elif dialect is not None and getattr(dialect, name, None) is not None:
                value = getattr(dialect, name)
            else:
                value = defaults[name]
            setattr(self, name, value)
        self._check()

    def _check(self):
        def char(name, value, allow_none):
            if value is None and allow_none:
                return
            if not isinstance(value, str):
                raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__)
                                if not allow_none else
                                '"%s" must be string or None, not %s'
                                % (name, type(value).__name__))
            if len(value) != 1:
                raise TypeError('"%s" must be a 1-character string' % name)
        char("delimiter", self.delimiter, False)
        char("escapechar", self.escapechar, True)
        char("quotechar", self.quotechar, True)
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    params = _Params(dialect, **fmtparams)
    _dialects[name] = params


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# --- reading ------------------------------------------------------------------

_START_RECORD, _START_FIELD, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE, \
    _QUOTE_IN_QUOTED, _ESCAPE_IN_QUOTED, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class _Reader:
    def __init__(self, lines, dialect="excel", **fmtparams):
        self._lines = iter(lines)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self, fields, field, quoted):
        text = "".join(field)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text:
            text = float(text)
        fields.append(text)

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        quoted = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state == _START_RECORD or state == _EAT_CRNL:
                    raise
                if state == _IN_QUOTED_FIELD or state == _ESCAPE_IN_QUOTED:
                    if d.strict:
                        raise Error("unexpected end of data")
                self._save_field(fields, field, quoted)
                return fields
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == '\0':
                    raise Error("line contains NUL")
                if state == _START_RECORD:
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    quoted = False
                    if c == '\n' or c == '\r':
                        self._save_field(fields, field, quoted)
                        field = []
                        state = _EAT_CRNL
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted = True
                        state = _IN_QUOTED_FIELD
                    elif c == d.escapechar:
                        state = _ESCAPE
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        self._save_field(fields, field, quoted)
                        field = []
                    else:
                        field.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPE:
                    field.append(c)
                    state = _IN_FIELD
                elif state == _IN_FIELD:
                    if c == '\n' or c == '\r':
                        self._save_field(fields, field, quoted)
                        field = []
                        state = _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPE
                    elif c == d.delimiter:
                        self._save_field(fields, field, quoted)
                        field = []
                        state = _START_FIELD
                    else:
                        field.append(c)
                elif state == _IN_QUOTED_FIELD:
                    if c == d.escapechar:
                        state = _ESCAPE_IN_QUOTED
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        if d.doublequote:
                            state = _QUOTE_IN_QUOTED
                        else:
                            state = _IN_FIELD
                    else:
                        field.append(c)
                elif state == _ESCAPE_IN_QUOTED:
                    field.append(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED:
                    if d.quoting != QUOTE_NONE and c == d.quotechar:
                        field.append(c)         # a doubled quote
                        state = _IN_QUOTED_FIELD
                    elif c == d.delimiter:
                        self._save_field(fields, field, quoted)
                        field = []
                        state = _START_FIELD
                    elif c == '\n' or c == '\r':
                        self._save_field(fields, field, quoted)
                        field = []
                        state = _EAT_CRNL
                    elif not d.strict:
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                elif state == _EAT_CRNL:
                    if c == '\n' or c == '\r':
                        pass
                    else:
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file with newline=''?")
                if len(field) > _field_limit:
                    raise Error("field larger than field limit (%d)" % _field_limit)
            # end of this line
            if state == _EAT_CRNL or state == _START_RECORD:
                return fields
            if state == _IN_QUOTED_FIELD:
                continue        # the field goes on on the next line
            if state == _ESCAPE or state == _ESCAPE_IN_QUOTED:
                field.append('\n')
                state = _IN_FIELD if state == _ESCAPE else _IN_QUOTED_FIELD
                continue
            # a line without its line end: the record ends here
            self._save_field(fields, field, quoted)
            return fields


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, **fmtparams)


# --- writing ------------------------------------------------------------------

class _Writer:
    def __init__(self, fileobj, dialect="excel", **fmtparams):
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _Params(dialect, **fmtparams)

    def _quote(self, field, only_field):
        d = self.dialect
        if field is None:
            text = ""
            numeric = False
        else:
            numeric = isinstance(field, (int, float))     # bool too, as CPython
            text = repr(field) if isinstance(field, float) else str(field)
        if d.quoting == QUOTE_ALL:
            need = True
        elif d.quoting == QUOTE_NONNUMERIC:
            need = not numeric
        else:
            need = False
        special = d.delimiter + (d.quotechar or "") + (d.escapechar or "") + \
            d.lineterminator + "\r\n"
        out = []
        for c in text:
            if c in special:
                if d.quoting == QUOTE_NONE:
                    if c == d.escapechar or c in d.delimiter + "\r\n" + d.lineterminator \
                            or c == d.quotechar:
                        if d.escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        out.append(d.escapechar)
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                    elif d.escapechar is not None:
                        out.append(d.escapechar)
                    else:
                        raise Error("need to escape, but no escapechar set")
                    need = True
                elif c == d.escapechar and not need:
                    out.append(d.escapechar)
                else:
                    need = True
            out.append(c)
        text = "".join(out)
        if not text and only_field:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            need = True
        if need and d.quoting != QUOTE_NONE:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        parts = [self._quote(f, len(fields) == 1) for f in fields]
        return self._write(self.dialect.delimiter.join(parts) + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, dialect, **fmtparams)


# --- dict reading and writing --------------------------------------------------

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
