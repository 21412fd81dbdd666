# bytes % values (PEP 461).


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


t("s", lambda: b"%s-%s" % (b"ab", b"\xff"))
t("b", lambda: b"[%b]" % b"x")
t("d", lambda: b"%d|%5d|%-5d|%05d" % (7, 42, 42, -3))
t("x", lambda: b"%x %X %o %#x" % (255, 255, 8, 255))
t("f", lambda: b"%.2f %e %g" % (3.14159, 12345.678, 0.0001))
t("r", lambda: b"%r %a" % ("caf\u00e9", [1, "x"]))
t("c", lambda: b"%c%c" % (65, b"z"))
t("percent", lambda: b"100%% %s" % b"done")
t("single", lambda: b"<%s>" % b"one")
t("mapping", lambda: b"%(a)s=%(b)d" % {b"a": b"key", b"b": 5})
t("width", lambda: b"[%6s][%-6s][%*s]" % (b"ab", b"ab", -4, b"c"))
t("str arg", lambda: b"%s" % "text")
t("c range", lambda: b"%c" % 300)
t("too few", lambda: b"%s %s" % b"a")
t("too many", lambda: b"%s" % (b"a", b"b"))
t("type", lambda: type(b"%d" % 1).__name__)
