LOG = """192.168.1.10 - - [10/Oct/2024:13:55:36] "GET /index.html HTTP/1.1" 200 2326 0.012
10.0.0.5 - - [10/Oct/2024:13:55:40] "POST /api/login HTTP/1.1" 401 128 0.250
192.168.1.10 - - [10/Oct/2024:13:56:01] "GET /api/items?page=2 HTTP/1.1" 200 5120 0.080
172.16.0.3 - - [10/Oct/2024:13:56:12] "GET /missing HTTP/1.1" 404 512 0.003
10.0.0.5 - - [10/Oct/2024:13:57:00] "POST /api/login HTTP/1.1" 200 256 0.300
192.168.1.11 - - [10/Oct/2024:13:58:30] "GET /index.html HTTP/1.1" 304 0 0.001
172.16.0.3 - - [10/Oct/2024:13:59:59] "DELETE /api/items/7 HTTP/1.1" 500 64 1.204
10.0.0.5 - - [10/Oct/2024:14:00:01] "GET /api/items HTTP/1.1" 200 4096 0.095"""
entries = []
for line in LOG.splitlines():
    ip, rest = line.split(" ", 1)
    ts = rest[rest.index("[") + 1:rest.index("]")]
    req = rest[rest.index('"') + 1:rest.rindex('"')]
    method, path, proto = req.split()
    status, size, secs = rest[rest.rindex('"') + 1:].split()
    entries.append({"ip": ip, "hour": ts.split(":")[1], "method": method, "path": path.split("?")[0],
                    "status": int(status), "size": int(size), "secs": float(secs)})
print(len(entries), entries[2])
by_status = {}
for e in entries:
    by_status[e["status"] // 100 * 100] = by_status.get(e["status"] // 100 * 100, 0) + 1
print(sorted(by_status.items()))
ips = {}
for e in entries:
    d = ips.setdefault(e["ip"], {"n": 0, "bytes": 0})
    d["n"] += 1
    d["bytes"] += e["size"]
for ip, d in sorted(ips.items(), key=lambda kv: (-kv[1]["bytes"], kv[0])):
    print(f"{ip:<14}{d['n']:>3}{d['bytes']:>7}")
lat = sorted(e["secs"] for e in entries)
print("p50=%.3f p90=%.3f max=%.3f" % (lat[len(lat) // 2], lat[int(len(lat) * 0.9)], lat[-1]))
errors = [(e["method"], e["path"], e["status"]) for e in entries if e["status"] >= 400]
print(errors)
paths = {}
for e in entries:
    paths[e["path"]] = paths.get(e["path"], 0) + 1
print(max(paths.items(), key=lambda kv: (kv[1], kv[0])), sorted(set(e["hour"] for e in entries)))
