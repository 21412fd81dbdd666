class AppError(Exception):
    code = 1

    def __str__(self):
        base = super().__str__()
        return f"[E{self.code}] {base}"


class ConfigError(AppError):
    code = 10


class MissingKey(ConfigError, KeyError):
    code = 11


class NetworkError(AppError, RuntimeError):
    code = 20


class Timeout(NetworkError):
    code = 21


for cls in (AppError, ConfigError, MissingKey, NetworkError, Timeout):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
for exc in (MissingKey("port"), Timeout("slow"), ConfigError("bad", 2), AppError()):
    try:
        raise exc
    except KeyError as e:
        print("KeyError branch:", e, e.args)
    except RuntimeError as e:
        print("RuntimeError branch:", e, isinstance(e, AppError))
    except AppError as e:
        print("AppError branch:", e, e.code, len(e.args))


def handler(fn):
    try:
        return fn()
    except AppError as e:
        return "handled %s code=%d" % (type(e).__name__, e.code)


def boom():
    raise Timeout("read", 30)


print(handler(boom), handler(lambda: 5))
try:
    try:
        boom()
    except NetworkError as e:
        raise ConfigError("wrapping") from e
except AppError as e:
    print(e, "<-", e.__cause__, e.__suppress_context__)
print(issubclass(Timeout, RuntimeError), issubclass(MissingKey, LookupError), issubclass(ConfigError, KeyError))
