class Frame:
    def __init__(self, columns):
        lens = {len(v) for v in columns.values()}
        if len(lens) > 1:
            raise ValueError("ragged columns: %s" % sorted(lens))
        self.cols = {k: list(v) for k, v in columns.items()}

    def __len__(self):
        return len(next(iter(self.cols.values()), []))

    def __getitem__(self, key):
        if isinstance(key, str):
            return self.cols[key]
        if isinstance(key, list):
            return Frame({k: self.cols[k] for k in key})
        if isinstance(key, int):
            return {k: v[key] for k, v in self.cols.items()}
        raise TypeError("bad key type %s" % type(key).__name__)

    def __setitem__(self, name, values):
        if len(values) != len(self):
            raise ValueError("length mismatch")
        self.cols[name] = list(values)

    def where(self, pred):
        idx = [i for i in range(len(self)) if pred(self[i])]
        return Frame({k: [v[i] for i in idx] for k, v in self.cols.items()})

    def sort(self, col, reverse=False):
        idx = sorted(range(len(self)), key=lambda i: self.cols[col][i], reverse=reverse)
        return Frame({k: [v[i] for i in idx] for k, v in self.cols.items()})

    def groupby(self, col, agg_col, fn):
        groups = {}
        for k, v in zip(self.cols[col], self.cols[agg_col]):
            groups.setdefault(k, []).append(v)
        return {k: fn(vs) for k, vs in sorted(groups.items())}

    def __repr__(self):
        names = list(self.cols)
        w = {n: max([len(n)] + [len(str(x)) for x in self.cols[n]]) for n in names}
        lines = [" ".join(n.rjust(w[n]) for n in names)]
        for i in range(len(self)):
            lines.append(" ".join(str(self.cols[n][i]).rjust(w[n]) for n in names))
        return "\n".join(lines)


df = Frame({"name": ["ax", "by", "cz", "dw", "ev"], "team": ["r", "b", "r", "g", "b"],
            "pts": [12, 7, 15, 9, 11], "mins": [30, 22, 35, 18, 28]})
print(df)
df["ppm"] = [round(p / m, 3) for p, m in zip(df["pts"], df["mins"])]
print(df.sort("ppm", reverse=True)[["name", "ppm"]])
print(df.where(lambda r: r["team"] != "g" and r["pts"] > 10))
print(df.groupby("team", "pts", sum), df.groupby("team", "mins", lambda v: sum(v) / len(v)))
print(len(df), df[2], len(df.where(lambda r: False)))
for bad in [lambda: Frame({"a": [1], "b": [1, 2]}), lambda: df.__setitem__("x", [1]), lambda: df[1.5]]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
