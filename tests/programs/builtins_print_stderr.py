# print(file=...) and the two streams' write(); the conformance harness
# compares stdout only, so what goes to stderr must not show up there
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("explicit stdout", 42, sep="-", file=sys.stdout)
n = sys.stdout.write("written\n")
print("write returned", n)
sys.stdout.flush()
print(sys.stdout.isatty(), sys.stderr.isatty())
for stream in (sys.stdout, sys.stderr):
    stream.write("line\n")
