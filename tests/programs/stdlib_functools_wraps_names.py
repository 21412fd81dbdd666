# functools.wraps copies the wrapped function's name and module (docstrings are
# not kept by the sandbox: docs/language.md)
from functools import wraps


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls.append(args)
        return fn(*args, **kwargs)
    wrapper.calls = []
    return wrapper


@logged
def area(w, h):
    "Area of a w x h rectangle."
    return w * h


print(area(3, 4), area(5, h=2))
print(area.__name__, area.__module__)
print(area.__wrapped__(2, 2), area.calls)
