print(format(None), format(True, ""), format(False, "d"), format(True, ">5"), format(1.0), format(10 ** 30, ","))
print(format([1, "a"]), format((1,)), format({"k": 1}), format(range(3)), format(b"ab"))
for v in [None, [1], (), b"x", range(1)]:
    try:
        format(v, ">5")
    except TypeError as e:
        print("TypeError", e)
print("{}".format(None), "{!r}".format(None), f"{None!s:>6}|")
