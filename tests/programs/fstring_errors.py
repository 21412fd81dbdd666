# Invalid format specs raise ValueError with CPython's messages.
def fmt(value, spec):
    try:
        return f"{value:{spec}}"
    except ValueError as e:
        return "ValueError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)
print(fmt(1.5, "d"))
print(fmt("s", "d"))
print(fmt("s", ".2f"))
print(fmt(5, "s"))
print(fmt("abc", "+"))
print(fmt(1.5, "x"))
print(fmt(5, ".2"))
print(fmt(5, ",d"))
print(fmt(5.5, ",.1f"))
print(fmt([1], ""))
print(fmt(None, ""))
print(fmt(None, ">5"))
print(fmt([1], "5"))
print(fmt(3, "c"))
print(fmt(1.0, "c"))
