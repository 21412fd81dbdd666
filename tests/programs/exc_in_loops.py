# Exceptions raised inside loops and comprehensions, caught at various levels.
results = []
for x in [1, 0, "a", 2, None]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError:
        results.append("type")
print(results)
def safe_parse(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            continue
        finally:
            out.append("|")
    return out
print(safe_parse(["1", "x", "3"]))
try:
    vals = [10 // v for v in [5, 2, 0, 1]]
except ZeroDivisionError as e:
    print("comprehension raised", e)
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except ValueError as e:
    print("caught", e)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        break
print("count", count)
errors = 0
for i in range(30):
    try:
        try:
            try:
                if i % 3 == 0:
                    raise KeyError(i)
                if i % 3 == 1:
                    raise IndexError(i)
            except KeyError:
                errors += 1
                raise ValueError(i)
        except IndexError:
            errors += 10
    except ValueError:
        errors += 100
print(errors)
