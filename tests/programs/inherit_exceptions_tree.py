# an exception hierarchy with multiple inheritance and handler ordering
class AppError(Exception):
    code = 1

    def describe(self):
        return f"[{self.code}] {type(self).__name__}: {self}"


class NotFound(AppError, LookupError):
    code = 404


class Invalid(AppError, ValueError):
    code = 400


class Fatal(AppError):
    code = 500


def fail(kind):
    if kind == "nf":
        raise NotFound("no such item")
    if kind == "inv":
        raise Invalid("bad input")
    if kind == "fatal":
        raise Fatal("crash")
    if kind == "key":
        raise KeyError("k")
    return "ok"


for kind in ["nf", "inv", "fatal", "key", "none"]:
    try:
        print(fail(kind))
    except LookupError as e:
        print("lookup:", e.describe() if isinstance(e, AppError) else repr(e))
    except ValueError as e:
        print("value:", e.describe())
    except AppError as e:
        print("app:", e.describe())

print([c.__name__ for c in NotFound.__mro__])
print(issubclass(NotFound, LookupError), issubclass(Invalid, LookupError),
      issubclass(Fatal, Exception), issubclass(Fatal, BaseException))


class Stop(BaseException):
    pass


try:
    try:
        raise Stop("halt")
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e)

errors = []
for kind in ["nf", "inv", "fatal"]:
    try:
        fail(kind)
    except AppError as e:
        errors.append(e)

print(sorted([e.code for e in errors]), [str(e) for e in errors])
