"""io: in-memory text and binary streams, StringIO and BytesIO, with the
behaviour of CPython 3.11's (positions, overwriting, zero padding past the
end, truncate, readline, iteration, the errors of closed streams).  There
are no files: open(), FileIO and friends do not exist.

Writes at the end (the common case: print(..., file=sio)) are kept as a
list of pieces and joined once, when the value is read."""

__all__ = ['StringIO', 'BytesIO', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'UnsupportedOperation']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryIO:
    # subclasses set _empty ('' or b'') and _kind (for messages)

    def __init__(self, initial):
        self._pieces = []           # written at the end since _value was joined
        self._value = initial
        self._size = len(initial)   # of _value and the pieces together
        self._pos = 0
        self._closed = False

    # --- the buffer -------------------------------------------------------------
    def _flatten(self):
        if self._pieces:
            self._pieces.insert(0, self._value)
            self._value = self._empty.join(self._pieces)
            self._pieces = []
        return self._value

    def _length(self):
        return self._size

    _closed_message = "I/O operation on closed file."

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def _write(self, s):
        self._check()
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        size = self._size
        if pos == size:
            self._pieces.append(s)
            self._size = size + n
        elif pos > size:
            self._pieces.append(self._zeros(pos - size))
            self._pieces.append(s)
            self._size = pos + n
        else:
            value = self._flatten()
            self._value = value[:pos] + s + value[pos + n:]
            self._size = len(self._value)
        self._pos = pos + n
        return n

    # --- the stream API ------------------------------------------------------------
    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._pieces = []
        self._value = self._empty
        self._size = 0

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def tell(self):
        self._check()
        return self._pos

    def getvalue(self):
        self._check()
        return self._flatten()

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = self._size_arg(size)
        value = self._flatten()
        pos = self._pos
        if pos >= len(value):
            return self._empty
        if size < 0:
            end = len(value)
        else:
            end = min(len(value), pos + size)
        self._pos = end
        return value[pos:end]

    def readline(self, size=-1):
        self._check()
        size = self._size_arg(size)
        value = self._flatten()
        pos = self._pos
        if pos >= len(value):
            return self._empty
        end = value.find(self._newline, pos)
        if end < 0:
            end = len(value)
        else:
            end += 1
        if size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return value[pos:end]

    def readlines(self, hint=-1):
        self._check()
        hint = self._size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = self._size_arg(size)
            if size < 0:
                raise ValueError("Negative size value %d" % size)
        value = self._flatten()
        if size < len(value):
            self._value = value[:size]
            self._size = size
        return size

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        return size

    def _index(self, n):
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        return n


class StringIO(_MemoryIO):
    """Text I/O in memory."""
    _empty = ''
    _newline = '\n'
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._translate = newline
        _MemoryIO.__init__(self, self._translated(initial_value))

    def _translated(self, s):
        if self._translate is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._translate in ('\r', '\r\n'):
            return s.replace('\n', self._translate)
        return s

    def _zeros(self, n):
        return '\0' * n

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._check()
        n = len(s)
        self._write(self._translated(s))
        return n

    def seek(self, pos, whence=0):
        self._check()
        pos = self._index(pos)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._length()
        self._pos = pos
        return pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_MemoryIO):
    """Binary I/O in memory."""
    _empty = b''
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if not isinstance(initial_bytes, bytes):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(initial_bytes).__name__)
        _MemoryIO.__init__(self, initial_bytes)

    def _zeros(self, n):
        return b'\0' * n

    def write(self, b):
        if not isinstance(b, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return self._write(b)

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check()
        pos = self._index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._length() + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def __repr__(self):
        return '<_io.BytesIO object>'
