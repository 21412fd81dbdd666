CONFIG = """
; global settings
[server]
host = 0.0.0.0
port = 8080
debug = yes

[database]
url = postgres://u:p@db/app   ; inline comment
pool = 5
timeout = 2.5

[features]
flags = a, b , c,,d
empty =
"""


def parse(text):
    out = {}
    section = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = out.setdefault(line[1:-1].strip(), {})
        elif "=" in line:
            if section is None:
                raise ValueError(f"line {n}: key outside section")
            k, v = (p.strip() for p in line.split("=", 1))
            section[k] = v
        else:
            raise ValueError(f"line {n}: cannot parse {raw!r}")
    return out


def coerce(v):
    if v.lower() in ("yes", "true", "on"):
        return True
    if v.lower() in ("no", "false", "off"):
        return False
    for t in (int, float):
        try:
            return t(v)
        except ValueError:
            pass
    return v


cfg = parse(CONFIG)
for sec, kv in cfg.items():
    print(f"[{sec}]")
    for k, v in kv.items():
        print(f"  {k:<8} = {coerce(v)!r}")
print([f.strip() for f in cfg["features"]["flags"].split(",") if f.strip()])
for bad in ["x = 1", "[s]\njunk line"]:
    try:
        parse(bad)
    except ValueError as e:
        print("ValueError:", e)
