# user-defined exceptions: raising, catching by base class, args, str
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class ParseError(ValueError):
    pass


for exc in [AppError("app"), ConfigError("cfg", 3), ParseError("bad value"), ConfigError()]:
    try:
        raise exc
    except ConfigError as e:
        print("ConfigError", e.args, str(e), repr(e))
    except AppError as e:
        print("AppError", e.args, str(e), repr(e))
    except ValueError as e:
        print("ValueError", type(e).__name__, e)

try:
    raise ConfigError
except AppError as e:
    print("class raised:", type(e).__name__, e.args, isinstance(e, Exception))

try:
    raise ParseError("x")
except (KeyError, ParseError) as e:
    print("tuple catch", type(e).__name__)

print(issubclass(ConfigError, Exception), issubclass(ParseError, ValueError),
      issubclass(ParseError, AppError), ConfigError.__mro__)


def parse(text):
    if not text.isdigit():
        raise ParseError(f"not a number: {text!r}")
    return int(text)


results = []
for t in ["12", "x1", "7"]:
    try:
        results.append(parse(t))
    except ParseError as e:
        results.append(str(e))
print(results)


class WithStr(Exception):
    def __str__(self):
        return "custom message for " + repr(self.args)


try:
    raise WithStr(1, 2)
except Exception as e:
    print(e, "|", repr(e))
e = AppError("a", "b")
print(e.args, len(e.args), str(AppError()), repr(AppError()))
e.args = ("changed",)
print(e, e.args)
