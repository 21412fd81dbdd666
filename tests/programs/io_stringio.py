# io.StringIO and io.BytesIO: in-memory streams as CPython 3.11's
import io

s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.tell())
print("x", 1, 2.5, None, sep="|", end="!\n", file=s)
print(file=s)
print("a", "b", file=s, flush=True)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(100)
s.write("end")
print(repr(s.getvalue()[-10:]), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.seek(0, 1), s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
print(s.closed)
for f in [s.getvalue, s.read, lambda: s.write("x"), s.tell, lambda: s.seek(0)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)

t = io.StringIO("line1\nline2\nline3")
print(t.tell(), t.readline(), end="")
print(t.readlines(), repr(t.readline()))
t.seek(0)
print(t.readline(3), t.readline(100), t.read(2))
t.write("XX")
print(repr(t.getvalue()))
with io.StringIO("abc") as u:
    print(u.read(), u.closed)
print(u.closed)
errors = [lambda: io.StringIO(5), lambda: io.StringIO().write(5), lambda: io.StringIO().seek(-1),
          lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 5),
          lambda: io.StringIO("abc").truncate(-1), lambda: io.StringIO().read("x"),
          lambda: print("x", file=5)]
for f in errors:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
v = io.StringIO()
v.writelines(["a\n", "b\n"])
print(repr(v.getvalue()), v.tell())
w = io.StringIO()
for i in range(1000):
    print(i, end=" ", file=w)
print(len(w.getvalue()), w.getvalue()[:20])
n = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(n.getvalue()), n.readlines())


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Sink()
print("p", "q", 3, sep=", ", file=sink)
print(sink.parts)

b = io.BytesIO()
print(b.write(b"hello"), b.write(b" bytes\n"), b.tell())
b.seek(0)
print(b.read(4), b.readline(), b.read(), b.getvalue())
b.seek(2)
b.write(b"XY")
print(b.getvalue())
b.seek(-3, 2)
print(b.read(), b.seek(-100, 1), b.tell())
b.seek(20)
b.write(b"!")
print(b.getvalue(), b.truncate(4), b.getvalue())
c = io.BytesIO(b"a\nb\nc")
print(list(c), c.read())
for f in [lambda: io.BytesIO("x"), lambda: io.BytesIO().write("x"), lambda: io.BytesIO().seek(-1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
with io.BytesIO(b"z") as d:
    print(d.read())
print(d.closed, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
