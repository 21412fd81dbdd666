# what __exit__ receives, and exceptions raised inside __exit__
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.seen = (exc_type, exc_value, tb)
        return exc_type is KeyError


i = Inspect()
with i:
    pass
print(i.seen)
with i:
    raise KeyError("missing")
t, v, tb = i.seen
print(t, type(v).__name__, v.args, tb is None or tb is not None)
try:
    with i:
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e, i.seen[0].__name__)


class CustomError(Exception):
    def __init__(self, detail):
        super().__init__("custom: " + detail)
        self.detail = detail


with i:
    try:
        raise CustomError("inner")
    except CustomError as ce:
        print("handled inside with:", ce.detail)
print(i.seen[0])


class Translate:
    def __enter__(self):
        return None

    def __exit__(self, t, e, tb):
        if t is ZeroDivisionError:
            raise CustomError("division") from e
        return False


try:
    with Translate():
        1 / 0
except CustomError as ce:
    print(ce, "from", type(ce.__cause__).__name__)

with Translate() as nothing:
    print("value bound:", nothing)


class ReturnsTruthy:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        return "yes"


with ReturnsTruthy():
    raise IndexError
print("truthy return suppresses")
