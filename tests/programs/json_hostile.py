# json with hostile inputs: deep nesting, huge numbers, garbage
import json

for doc in ["[" * 100000, "[" * 100000 + "]" * 100000, '{"a":' * 50000 + "1" + "}" * 50000]:
    try:
        json.loads(doc)
        print("parsed")
    except RecursionError as e:
        print("RecursionError", e)

deep = []
for i in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
d = {}
for i in range(5000):
    d = {"k": d}
try:
    json.dumps(d, indent=1)
except RecursionError as e:
    print("RecursionError")

print(json.loads("[" * 50 + "]" * 50))
print(json.loads("1e999999"), json.loads("-1e999999"), json.loads("1e-999999"))
print(json.loads("0." + "0" * 5000 + "1"))
try:
    json.loads("9" * 100000)
except ValueError as e:
    print("ValueError", str(e)[:60])
print(len(str(json.loads("7" * 4300))))
for doc in ["\x00", "[\x00]", '"\x00"', "{" + '"a":1,' * 1000 + "}", "[" + "1," * 10000 + "]",
            chr(0xd800), '"\\u0000"', '["\\' + "u" * 3 + '"]', "[1e5e5]", "[--1]", "[0x10]",
            "[1_000]", "[.1]", "[1.e5]", "[tRue]", "[None]", "{1: 2}", '{"a" "b"}']:
    try:
        r = json.loads(doc)
        print("ok", repr(r)[:40])
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
big = "x" * 100000
print(len(json.dumps([big] * 20)))
print(len(json.loads(json.dumps([big] * 20))))
