# try/except/else/finally ordering with return, break and continue.
log = []
def f1():
    try:
        log.append("try")
        return "from-try"
    finally:
        log.append("finally")
print(f1(), log)
def f2():
    try:
        return 1
    finally:
        return 2
print(f2())
def f3(x):
    try:
        log.append("t%d" % x)
        if x == 0:
            raise ValueError("zero")
    except ValueError:
        log.append("except")
        return "handled"
    else:
        log.append("else")
        return "else-ret"
    finally:
        log.append("fin")
log.clear()
print(f3(0), f3(1), log)
def f4():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(f4())
def f5():
    try:
        try:
            raise KeyError("inner")
        finally:
            log.append("inner-finally")
    except KeyError as e:
        log.append("outer caught " + str(e))
    return "done"
log.clear()
print(f5(), log)
def f6():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
print(f6())
def f7():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                break
        finally:
            log.append(x)
    return x
log.clear()
print(f7(), log)
def f8():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e:
            return "inner " + str(e)
    finally:
        log.append("f8 fin")
log.clear()
print(f8(), log)
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return "zd"
    finally:
        log.append("f9")
    return "unreached"
print(f9())
def f10():
    try:
        pass
    except Exception:
        return "exc"
    else:
        return "else"
    finally:
        log.append("f10")
print(f10(), log)
