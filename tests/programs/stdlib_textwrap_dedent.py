# textwrap.dedent, indent, shorten
import textwrap

samples = [
    "    a\n    b\n",
    "    a\n      b\n    c",
    "  a\n\tb\n",
    "\ta\n\tb\n",
    "  \ta\n  \tb\n   c\n",
    "    a\n\n    b\n",
    "    a\n   \n    b\n",
    "    a\n \t \n    b\n  ",
    "no indent\n  some\n",
    "",
    "   ",
    "\n\n",
    "  x\r\n  y\r\n",
    "   \r\n  y\n",
    "        deeply\n    less\n      mid\n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))

def f():
    text = """\
        def hello():
            print("hi")

        hello()
        """
    return textwrap.dedent(text)
print(f())

print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\r\nb\r\n  \r\nc", "# ")))
print(repr(textwrap.indent("a\nb\n\nc\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\nthree\n", "-", lambda line: "o" in line)))
print(repr(textwrap.indent("", "x")))

for width in (5, 10, 12, 15, 20, 40, 100):
    print(width, repr(textwrap.shorten("Hello  world!  This is\ta   sentence.", width)))
print(repr(textwrap.shorten("Hello world!", width=11, placeholder="...")))
print(repr(textwrap.shorten("Supercalifragilistic is long", 15)))
print(repr(textwrap.shorten("Supercalifragilistic is long", 15, break_long_words=False)))
try:
    textwrap.shorten("Hello world", 3)
except ValueError as e:
    print("ValueError", e)
