# The builtin exception classes scripts raise and catch for their own
# reasons: their hierarchy, messages and aliases, as CPython's
classes = [SyntaxError, IndentationError, TabError, EOFError, BufferError,
           ReferenceError, SystemError, OSError, FileNotFoundError,
           PermissionError, TimeoutError, ConnectionError, BrokenPipeError,
           ConnectionResetError, FileExistsError, IsADirectoryError,
           NotADirectoryError, InterruptedError, ProcessLookupError,
           ChildProcessError, BlockingIOError, ConnectionAbortedError,
           ConnectionRefusedError, UnicodeTranslateError, StopAsyncIteration,
           Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
           SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning,
           UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]
for cls in classes:
    bases = [c.__name__ for c in cls.__mro__]
    print(cls.__name__, issubclass(cls, Exception), bases[1])
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(issubclass(TabError, SyntaxError), issubclass(UserWarning, Warning))


def parse(text):
    if not text:
        raise SyntaxError("empty input")
    if text[0] == " ":
        raise IndentationError("unexpected indent")
    return text.split()


for t in ["a b", "", "  x"]:
    try:
        print(parse(t))
    except IndentationError as e:
        print("indent:", e)
    except SyntaxError as e:
        print("syntax:", e)


class ConfigMissing(FileNotFoundError):
    pass


try:
    raise ConfigMissing("settings.ini")
except OSError as e:
    print(type(e).__name__, e.args, isinstance(e, FileNotFoundError))

try:
    raise TimeoutError("took too long")
except OSError as e:
    print("timeout:", e)

try:
    raise EOFError
except EOFError as e:
    print("eof", repr(str(e)))
