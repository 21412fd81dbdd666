OUTLINE = """Project
  Goals
    Ship sandbox
    Pass conformance
  Risks
    Performance
      JIT warmup
    Security
  Timeline
    Q1
    Q2
      Beta
      GA"""


def parse(text):
    root = {"name": "<root>", "children": []}
    stack = [(-1, root)]
    for line in text.splitlines():
        depth = (len(line) - len(line.lstrip(" "))) // 2
        node = {"name": line.strip(), "children": []}
        while stack[-1][0] >= depth:
            stack.pop()
        stack[-1][1]["children"].append(node)
        stack.append((depth, node))
    return root


def render(node, prefix=""):
    lines = []
    kids = node["children"]
    for i, k in enumerate(kids):
        last = i == len(kids) - 1
        lines.append(prefix + ("└── " if last else "├── ") + k["name"])
        lines.extend(render(k, prefix + ("    " if last else "│   ")))
    return lines


def numbered(node, path=()):
    out = []
    for i, k in enumerate(node["children"], 1):
        p = path + (i,)
        out.append(".".join(map(str, p)) + " " + k["name"])
        out.extend(numbered(k, p))
    return out


tree = parse(OUTLINE)
print("\n".join(render(tree)))
print("\n".join(numbered(tree)))


def count(node):
    return 1 + sum(count(k) for k in node["children"])


def leaves(node):
    return [node["name"]] if not node["children"] else [l for k in node["children"] for l in leaves(k)]


print(count(tree) - 1, leaves(tree))
