class Layered:
    def __init__(self, *layers):
        self.layers = list(layers)

    def __getitem__(self, key):
        for layer in reversed(self.layers):
            if key in layer:
                return layer[key]
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        return any(key in l for l in self.layers)

    def keys(self):
        seen = []
        for l in self.layers:
            for k in l:
                if k not in seen:
                    seen.append(k)
        return seen

    def to_dict(self):
        return {k: self[k] for k in self.keys()}

    def source(self, key):
        for i in range(len(self.layers) - 1, -1, -1):
            if key in self.layers[i]:
                return i
        return None

    def push(self, layer):
        self.layers.append(layer)
        return self

    def pop(self):
        return self.layers.pop()


defaults = {"host": "localhost", "port": 8080, "debug": False, "workers": 2}
env = {"port": 9090, "debug": True}
cli = {"workers": 8}
cfg = Layered(defaults, env, cli)
print(cfg.to_dict())
print(cfg["port"], cfg.get("missing", "n/a"), "debug" in cfg, "nope" in cfg, [cfg.source(k) for k in cfg.keys()])
print("{host}:{port} debug={debug}".format_map(cfg))
cfg.push({"host": "0.0.0.0", "extra": [1, 2]})
print(cfg.to_dict(), cfg.source("host"))
print(cfg.pop(), cfg["host"])
try:
    cfg["extra"]
except KeyError as e:
    print("KeyError", e)
