# user exceptions as control flow: loops, finally, re-raise, nested handlers
class Found(Exception):
    def __init__(self, where):
        super().__init__(where)
        self.where = where


def search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise Found((r, c))
    except Found as f:
        return f.where
    finally:
        print("search done for", target)
    return None


grid = [[1, 2], [3, 4], [5, 6]]
print(search(grid, 4), search(grid, 7))


class Cancelled(Exception):
    pass


def worker(jobs):
    done = []
    for j in jobs:
        try:
            if j < 0:
                raise Cancelled(j)
            done.append(j * 2)
        except Cancelled:
            done.append("x")
            continue
        finally:
            done.append("|")
    return done


print(worker([1, -1, 2]))


class Wrapped(Exception):
    pass


def outer():
    try:
        inner()
    except ZeroDivisionError as e:
        raise Wrapped("outer failed") from e


def inner():
    return 1 // 0


try:
    outer()
except Wrapped as w:
    print(w, "caused by", repr(w.__cause__))


def reraise():
    try:
        raise Found("first")
    except Found:
        print("handling, then re-raising")
        raise


try:
    reraise()
except Found as f:
    print("re-raised:", f.where)

count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise Cancelled("stop at 3")
    except Cancelled as c:
        print(c, count)
        break

e1 = Found(1)
try:
    raise e1
except Found as e2:
    print(e1 is e2)
