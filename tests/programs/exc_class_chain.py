# raise ... from ..., __cause__, exceptions kept across handlers
class StorageError(Exception):
    pass


def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise StorageError(f"cannot load {key}") from e


try:
    load("b")
except StorageError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise StorageError("outer") from None
except StorageError as e:
    print(e, e.__cause__, e.__suppress_context__)

e = StorageError("x")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = ValueError("why")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)

saved = []
for i in range(3):
    try:
        if i % 2:
            raise StorageError(i)
        raise ValueError(i)
    except Exception as exc:
        saved.append(exc)
print([type(x).__name__ + str(x.args) for x in saved])


class Retry(Exception):
    def __init__(self, attempts):
        super().__init__(attempts)
        self.attempts = attempts


def work(n):
    if n < 3:
        raise Retry(n)
    return "done after %d" % n


n = 0
while True:
    try:
        print(work(n))
        break
    except Retry as r:
        print("retry", r.attempts)
        n += 1
