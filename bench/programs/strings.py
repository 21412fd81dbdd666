# String building and processing: f-strings, join, split, replace, slicing,
# str methods, and a small hand-written tokenizer over the result.

LINES = 150000  # bench-quick: 400

NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def make_line(i):
    name = NAMES[i % 8]
    return f"{name}_{i}: value={i * 7 % 1000} weight={i % 13}.{i % 10} tag={name.upper()}"


def tokenize(line):
    tokens = []
    cur = []
    for ch in line:
        if ch.isalnum() or ch == "_":
            cur.append(ch)
        else:
            if cur:
                tokens.append("".join(cur))
                cur = []
            if not ch.isspace():
                tokens.append(ch)
    if cur:
        tokens.append("".join(cur))
    return tokens


def parse(line):
    head, _, rest = line.partition(": ")
    fields = {}
    for part in rest.split(" "):
        key, _, value = part.partition("=")
        fields[key] = value
    return head, fields


lines = [make_line(i) for i in range(LINES)]
text = "\n".join(lines)
total = 0
ntokens = 0
tags = {}
for line in text.splitlines():
    head, fields = parse(line)
    total += int(fields["value"]) + len(head)
    tag = fields["tag"].lower()
    tags[tag] = tags.get(tag, 0) + 1
    if line.endswith("A"):
        ntokens += len(tokenize(line))
out = []
for i in range(LINES // 4):
    s = lines[i].replace("value", "v").replace("weight", "w")
    out.append(s[::-1][:12].strip())
joined = "|".join(out)
print("total", total, "tokens", ntokens, "len", len(joined))
print("tags", sorted(tags.items()))
print("tail", joined[-40:])
