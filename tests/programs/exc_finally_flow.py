# finally runs on return, break, continue and exceptions; return in finally
# overrides.
log = []
def ret_in_try():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")
print(ret_in_try(), log)
def ret_overridden():
    try:
        return 1
    finally:
        return 2
print(ret_overridden())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(loop_control())
def while_finally():
    i = 0
    out = []
    while i < 10:
        i += 1
        try:
            try:
                if i % 2:
                    continue
                if i > 6:
                    break
            finally:
                out.append("inner" + str(i))
        finally:
            out.append("outer" + str(i))
    return out
print(while_finally())
def nested_return():
    for x in range(3):
        try:
            for y in range(3):
                try:
                    if y == 1:
                        return (x, y)
                finally:
                    print("inner finally", x, y)
        finally:
            print("outer finally", x)
print(nested_return())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke out, exception dropped"
print(break_in_finally())
def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(continue_in_finally())
def exception_through_finally():
    try:
        try:
            raise IndexError("deep")
        finally:
            print("cleanup 1")
    finally:
        print("cleanup 2")
try:
    exception_through_finally()
except IndexError as e:
    print("got", e)
