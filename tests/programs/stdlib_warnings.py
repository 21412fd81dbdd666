# warnings: filters (error, ignore, always, default/once), catch_warnings
# with record=True, categories, custom showwarning.
import warnings


def risky(x):
    if x < 0:
        warnings.warn("negative input clipped", RuntimeWarning)
        return 0
    return x


warnings.filterwarnings("ignore", category=FutureWarning)
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored user warning")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print([risky(v) for v in (-1, 2, -3)])
    warnings.warn("plain")
    warnings.warn(DeprecationWarning("old api"))
print(len(caught), [(type(w.message).__name__, str(w.message), w.category.__name__)
                    for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("repeated", UserWarning)
    warnings.warn("other", UserWarning)
print([str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky(-5)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("error", message="bad.*value")
    warnings.filterwarnings("always")
    try:
        warnings.warn("Bad input value")
    except UserWarning as e:
        print("error filter by message:", e)
    warnings.warn("fine")
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
print([w.category.__name__ for w in caught])

with warnings.catch_warnings(action="ignore"):
    warnings.warn("nothing shown")

shown = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: \
    shown.append((str(message), category.__name__))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("custom hook", SyntaxWarning)
warnings.showwarning = old
print(shown)
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(RuntimeWarning, Warning), warnings.formatwarning("m", UserWarning, "f.py", 3))
