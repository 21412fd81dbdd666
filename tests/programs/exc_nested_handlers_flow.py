log = []


def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        raise KeyError("k")
    if kind == "zero":
        return 1 / 0
    return "ok"


def handler(kind):
    try:
        try:
            r = risky(kind)
        except ValueError as e:
            log.append(f"inner caught {e}")
            raise TypeError("converted") from e
        except KeyError:
            log.append("inner key -> swallowed")
            return "swallowed"
        else:
            log.append("inner else")
        finally:
            log.append("inner finally")
        log.append("after inner")
        return r
    except TypeError as e:
        log.append(f"outer caught {e} (cause {e.__cause__!r})")
        return "converted"
    except ArithmeticError as e:
        log.append(f"outer arithmetic {type(e).__name__}")
        return "arith"
    finally:
        log.append("outer finally")


for k in ("ok", "value", "key", "zero"):
    log.clear()
    print(k, "->", handler(k))
    for line in log:
        print("    " + line)


def loop_with_handlers():
    out = []
    for i in range(6):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            if i == 4:
                break
            out.append(i)
        except ValueError as e:
            out.append(f"v{e}")
            continue
        finally:
            out.append(f"f{i}")
    else:
        out.append("no-break")
    return out


print(loop_with_handlers())
