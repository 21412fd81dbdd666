# print() writes through a reassigned sys.stdout (any object with write),
# contextlib.redirect_stdout captures, print(file=obj) calls obj.write.
import io
import sys
from contextlib import redirect_stdout


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


c = Collect()
print("a", 1, [2], sep="|", end="!\n", file=c)
print(file=c)
print("flushed", file=c, flush=True)
print(c.parts)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 42)
    print("second", end="")
print("after redirect:", repr(buf.getvalue()))

saved = sys.stdout
sys.stdout = c
print("into c")
print("x", "y", sep="-")
sys.stdout = saved
print("restored", c.parts[-4:])

sys.stdout = sys.stderr
print("to stderr: not in stdout")
sys.stdout = saved

sys.stdout = None
print("dropped")
sys.stdout = saved

del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = saved
    print("RuntimeError:", e)

def report(rows, out=None):
    for r in rows:
        print(*r, sep="\t", file=out)

report([(1, 2), (3, 4)])
s = io.StringIO()
report([(5, 6)], out=s)
print(repr(s.getvalue()))
print("file=None", file=None)

# del of a module attribute, as CPython
import imp_shapes
imp_shapes.extra = 1
del imp_shapes.extra
try:
    del imp_shapes.extra
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(imp_shapes, "extra"))
