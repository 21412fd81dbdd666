"""Heap quota vs. real memory: for each quota and each filling program, run
the program in a fresh sandbox until the quota stops it, and print the
interpreter process's peak RSS next to the quota.

    .venv/bin/python bench/memory.py [--vm PATH]

The quota is enforced by RPython's GC (PYPY_GC_MAX = quota + 2 MiB), which
only refuses an allocation after a full collection: what the guest can hold
is live data up to the quota; what the process uses on top of that is the
interpreter itself, the GC's nursery and the GC's transient growth while it
collects incrementally (see docs/architecture.md, "Limits").
"""

import argparse
import os
import resource
import subprocess
import sys
import textwrap

PROGRAMS = {
    "list of lists": "x = []\nwhile True:\n    x.append([1, 2, 3])\n",
    "list of ints": "x = []\nn = 0\nwhile True:\n    x.append(n * 1000003)\n    n += 1\n",
    "list of str": "x = []\nwhile True:\n    x.append('abc' * 100 + str(len(x)))\n",
    "dict of floats": "d = {}\nn = 0\nwhile True:\n    d[n] = n * 0.5\n    n += 1\n",
}
QUOTAS = ["16M", "64M", "256M"]

CHILD = textwrap.dedent("""
    import resource, sys
    from trusted import Sandbox, HeapQuotaExceeded
    vm = sys.argv[3] or None
    with Sandbox(heap=sys.argv[1], timeout=120, vm=vm) as sb:
        try:
            sb.exec(sys.argv[2], "fill.py")
            outcome = "finished?!"
        except HeapQuotaExceeded:
            outcome = "MemoryError"
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    print("%s %.1f" % (outcome, rss))
""")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vm", default="", help="interpreter binary (default: build/pypy-sandbox-vm)")
    opts = ap.parse_args()
    print("%-16s %8s %14s %16s %s" % ("program", "quota", "peak RSS MiB", "RSS - quota MiB", "outcome"))
    for name, source in PROGRAMS.items():
        for quota in QUOTAS:
            # a fresh host process per run: RUSAGE_CHILDREN is per process
            out = subprocess.run([sys.executable, "-c", CHILD, quota, source, opts.vm],
                                 capture_output=True, text=True, timeout=600)
            if out.returncode != 0:
                print("%-16s %8s  failed: %s" % (name, quota, out.stderr.strip()[-200:]))
                continue
            outcome, rss = out.stdout.split()
            mib = int(quota[:-1])
            print("%-16s %8s %14s %16.1f %s" % (name, quota, rss, float(rss) - mib, outcome))


if __name__ == "__main__":
    main()
