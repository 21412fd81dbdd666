# exceptions with a custom __init__, extra attributes, methods
class HTTPError(Exception):
    def __init__(self, status, reason="unknown"):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason

    def is_client_error(self):
        return 400 <= self.status < 500


class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path


try:
    raise NotFound("/index")
except HTTPError as e:
    print(e, e.args, e.status, e.reason, e.path, e.is_client_error(), type(e).__name__)


class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.args, e.total, str(e))


class KeyLike(KeyError):
    pass


try:
    raise KeyLike("missing")
except LookupError as e:
    print(str(e), repr(e))


class Validation(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} errors")

    def __str__(self):
        return "; ".join(self.errors)


try:
    raise Validation(["a is bad", "b is worse"])
except Exception as e:
    print(e, "|", e.args, "|", e.errors)

err = HTTPError(500)
print(err.status, err.reason, str(err))
try:
    HTTPError()
except TypeError as e:
    print("TypeError:", e)
try:
    raise HTTPError(503, reason="busy")
except Exception as e:
    print(repr(e))
