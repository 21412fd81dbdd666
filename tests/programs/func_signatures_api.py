def api(endpoint, /, *params, method="GET", timeout=30, retries=0, **headers):
    parts = [f"{method} {endpoint}"]
    if params:
        parts.append("params=" + ",".join(map(str, params)))
    parts.append(f"timeout={timeout}")
    if retries:
        parts.append(f"retries={retries}")
    for k in sorted(headers):
        parts.append(f"{k.replace('_', '-')}: {headers[k]}")
    return " | ".join(parts)


print(api("/users"))
print(api("/users", 1, 2, 3))
print(api("/items", method="POST", content_type="json", x_trace="abc"))
print(api("/x", *range(2), **{"timeout": 5, "retries": 2, "accept": "*/*"}))
opts = {"method": "DELETE", "timeout": 1}
print(api("/y/7", **opts))
for bad in [lambda: api(), lambda: api(endpoint="/z"), lambda: api("/a", method="GET", **{"method": "PUT"})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def merge_config(base, /, **overrides):
    out = dict(base)
    out.update(overrides)
    return out


print(merge_config({"a": 1, "base": 0}, base=2, c=3))


def kw_only(*, x, y=2):
    return x * y


print(kw_only(x=4), kw_only(y=5, x=1))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only()
except TypeError as e:
    print("TypeError:", e)


def defaults_eval(x, acc=[], n=len("abc")):
    acc.append(x)
    return acc, n


print(defaults_eval(1), defaults_eval(2), defaults_eval(3, []))
