# Deeply nested blocks: loops inside try/finally inside loops, with every
# kind of exit.
def run(limit):
    trace = []
    for a in range(3):
        try:
            b = 0
            while b < 3:
                b += 1
                try:
                    for c in range(3):
                        try:
                            if c == limit:
                                return trace + ["return", a, b, c]
                            if (a + b + c) % 4 == 0:
                                continue
                            if a + b + c > 5:
                                break
                            trace.append(a * 100 + b * 10 + c)
                        except ZeroDivisionError:
                            trace.append("never")
                finally:
                    trace.append("fb")
        finally:
            trace.append("fa")
    return trace
print(run(99))
print(run(2))
def nested_try(depth):
    if depth == 0:
        raise ValueError("bottom")
    try:
        try:
            nested_try(depth - 1)
        except KeyError:
            print("never")
    finally:
        print("leaving", depth)
try:
    nested_try(4)
except ValueError as e:
    print("caught", e)
x = 0
try:
    try:
        try:
            try:
                x = 1 / 0
            finally:
                x = 1
        finally:
            x += 10
    except ZeroDivisionError:
        x += 100
finally:
    x += 1000
print(x)
