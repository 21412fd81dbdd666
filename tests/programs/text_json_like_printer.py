def dump(obj, indent=0, step=2):
    pad = " " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f'{pad}{" " * step}"{k}": {dump(v, indent + step, step)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(isinstance(x, (int, float, str)) for x in obj):
            return "[" + ", ".join(dump(x) for x in obj) + "]"
        return "[\n" + ",\n".join(pad + " " * step + dump(x, indent + step, step) for x in obj) + "\n" + pad + "]"
    if obj is None:
        return "null"
    if obj is True or obj is False:
        return "true" if obj else "false"
    if isinstance(obj, str):
        out = obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + out + '"'
    return repr(obj)


doc = {"name": "model-7", "version": 3, "ok": True, "score": 0.875, "tags": ["a", "b"],
       "params": {"alpha": 0.1, "layers": [64, 32], "note": 'say "hi"\nbye', "none": None},
       "runs": [{"id": 1, "loss": 0.5}, {"id": 2, "loss": 0.25, "extra": {}}], "empty": []}
print(dump(doc))
print(dump(doc["params"], step=4))
print(dump([1, [2, [3]]]))
