#!/usr/bin/env python3
"""Memory pools, measured (docs/memory.md).

    .venv/bin/python bench/pool.py [--vm PATH] [--repeat N] [--quick]

Six reports, each measured side by side in one run:

1. cost     an allocation-heavy program (binary trees) and a numeric loop,
            in a sandbox with its pool on (64 MiB quota) and in one with
            accounting off, same interpreter process, runs interleaved;
            best of --repeat.  Target: pool on <= 1.10x accounting off.
2. density  1,000 sandboxes created in one process: creation time per
            sandbox and the process's RSS growth per idle sandbox.
            Targets: <= 100 us and <= 100 KiB each.
3. accuracy one sandbox in a fresh process fills ~N MiB of live lists,
            dicts, strings and ints; the pool's live size (after a full
            collection) against the process's RSS growth.  Target: within
            +-15%.
4. cycles   create, fill 32 MiB, destroy, 100 times in one process: RSS
            after the first cycle and after the last.
5. quotas   fill / churn / catch-and-recover / single huge requests under
            16M, 64M and 256M quotas: outcome, marks, peak live and the
            process's peak RSS.
6. neighbours  one sandbox exhausts its pool; another in the same process
            runs the same program as fast as before, its data intact.

It talks to the interpreter with the wire protocol directly
(trusted._transport), so that it can switch accounting off, which the
public API does not offer.  A report: exit status 0 unless nothing runs.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trusted._compiler import compile_module          # noqa: E402
from trusted._transport import SubprocessTransport, VMCommand, find_vm   # noqa: E402

MiB = 1 << 20

BINARY_TREES = """
def make(d):
    if d == 0:
        return (None, None)
    return (make(d - 1), make(d - 1))

def check(t):
    if t[0] is None:
        return 1
    return 1 + check(t[0]) + check(t[1])

long_lived = make(14)
total = 0
for d in range(4, DEPTH + 1, 2):
    iters = 2 ** (DEPTH - d + 4)
    for i in range(iters):
        total += check(make(d))
result = total + check(long_lived)
"""

NUMERIC = """
def run(n):
    x = 0.0
    acc = 0.0
    for i in range(n):
        x = x * 0.999 + i * 0.5
        acc += x / (i + 1.0)
    return acc
result = run(N)
"""

FILL = {
    "lists of ints": "data = []\nwhile len(data) < {n}:\n    data.append([i * 1000003 for i in range(10)])\n",
    "dict of floats": "data = {{}}\ni = 0\nwhile len(data) < {n}:\n    data[i] = i * 0.5\n    i += 1\n",
    "strings": "data = []\nwhile len(data) < {n}:\n    data.append('abc' * 20 + str(len(data)))\n",
    "big ints": "data = []\nwhile len(data) < {n}:\n    data.append(7 ** 400 + len(data))\n",
}
# items of each FILL program per MiB of data, roughly
ITEMS_PER_MIB = {"lists of ints": 3600, "dict of floats": 18000,
                 "strings": 3000, "big ints": 4000}

QUOTA_PROGRAMS = {
    "fill": "x = []\nwhile True:\n    x.append([1, 2, 3] * 10)\n",
    # 1,000 short strs and their list: ~73 KB dropped per iteration
    "churn 100x": ("n = 0\nfor i in range(QUOTA // 700):\n"
                   "    tmp = [str(j) for j in range(1000)]\n    n += len(tmp)\nprint(n)\n"),
    "catch and recover": ("x = []\ntry:\n    while True:\n        x.append('y' * 1000)\n"
                          "except MemoryError:\n    x = None\n"
                          "y = [0] * 1000\nprint('recovered', len(y))\n"),
    "[0] * 10**12": "x = [0] * 10 ** 12\n",
    "'x' * 10**12": "x = 'x' * 10 ** 12\n",
    "bytes(10**12)": "x = bytes(10 ** 12)\n",
    "10 ** 10**10": "x = 10 ** 10 ** 10\n",
    "list(range(10**12))": "x = list(range(10 ** 12))\n",
}


class VM:
    """One interpreter process spoken to in protocol version 2."""

    def __init__(self, command):
        self.t = SubprocessTransport(command)
        ready = self.t.recv(60)
        assert ready[0] == "ready" and ready[1] == 2, ready
        self.next_sid = 1

    def request(self, message, timeout=600):
        self.t.send(message)
        while True:
            reply = self.t.recv(timeout)
            if reply[0] != "output":
                return reply

    def create(self, **options):
        sid = self.next_sid
        self.next_sid += 1
        reply = self.request(["create", sid, options])
        assert reply == ["result", None], reply
        return sid

    def destroy(self, sid):
        assert self.request(["destroy", sid]) == ["result", None]

    def exec(self, sid, source, timeout=0):
        return self.request(["exec", sid, compile_module(source, "bench.py"),
                             {"timeout": timeout}])

    def stats(self, sid, collect=True):
        return self.request(["stats", sid, {"collect": collect}])[1]

    def rss(self):
        with open("/proc/%d/status" % self.t.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        return 0

    def peak_rss(self):
        with open("/proc/%d/status" % self.t.pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        return 0

    def close(self):
        self.t.close()


def timed(vm, sid, source):
    t0 = time.perf_counter()
    reply = vm.exec(sid, source)
    elapsed = time.perf_counter() - t0
    assert reply == ["result", None], reply
    return elapsed


def report_cost(command, repeat, quick):
    print("1. cost of accounting: pool on (64 MiB quota) vs accounting off, same process")
    vm = VM(command)
    on = vm.create(heap=64 * MiB)
    off = vm.create(accounting=False)
    programs = [("binary trees", BINARY_TREES.replace("DEPTH", "12" if quick else "16")),
                ("numeric loop", NUMERIC.replace("N", "200000" if quick else "20000000"))]
    worst = 0.0
    for name, source in programs:
        times = {on: [], off: []}
        for _ in range(repeat):
            for sid in (off, on):
                times[sid].append(timed(vm, sid, source))
        best_on, best_off = min(times[on]), min(times[off])
        ratio = best_on / best_off
        worst = max(worst, ratio)
        stats = vm.stats(on, collect=False)
        print("   %-14s off %7.3f s   on %7.3f s   ratio %.3f   (%d marks, %.0f MiB charged)"
              % (name, best_off, best_on, ratio, stats["marks"], stats["allocated"] / MiB))
    vm.close()
    print("   worst ratio %.3f -> %s" % (worst, "TARGET MET (<= 1.10)" if worst <= 1.10 else "target missed"))


def report_density(command, count):
    print("2. %d sandboxes in one process" % count)
    vm = VM(command)
    warm = vm.create(heap=16 * MiB)
    vm.exec(warm, "x = 1\n")
    before = vm.rss()
    t0 = time.perf_counter()
    sids = [vm.create(heap=16 * MiB) for _ in range(count)]
    create_time = (time.perf_counter() - t0) / count
    after = vm.rss()
    # each must be usable, with its own globals
    for sid in sids[:50]:
        assert vm.exec(sid, "x = %d\n" % sid) == ["result", None]
    assert vm.request(["get", sids[7], "x"]) == ["result", sids[7]]
    t0 = time.perf_counter()
    for sid in sids:
        vm.destroy(sid)
    destroy_time = (time.perf_counter() - t0) / count
    per = (after - before) / count
    print("   create %.1f us each (round trip included), destroy %.1f us; idle RSS %.1f KiB each"
          % (create_time * 1e6, destroy_time * 1e6, per / 1024))
    print("   RSS: %.1f MiB before, %.1f MiB with all of them, %.1f MiB after destroying them"
          % (before / MiB, after / MiB, vm.rss() / MiB))
    ok = create_time <= 100e-6 and per <= 100 * 1024
    print("   -> %s" % ("TARGET MET (<= 100 us, <= 100 KiB)" if ok else "target missed"))
    vm.close()


def report_accuracy(command, mib):
    print("3. accuracy: live size vs the process's RSS growth (%d MiB of data, fresh process each)" % mib)
    print("   (the same program runs once small first, so that the JIT's code and the GC's")
    print("   nursery, which are the process's and not the data's, exist before the baseline)")
    worst = 0.0
    for name, template in FILL.items():
        vm = VM(command)
        sid = vm.create(heap=4 * mib * MiB)
        # JIT traces for the program, then short-lived garbage through the
        # whole nursery; neither leaves old objects whose memory the fill
        # could reuse without the RSS growing
        assert vm.exec(sid, template.format(n=ITEMS_PER_MIB[name] // 8)) == ["result", None]
        assert vm.exec(sid, "data = None\nfor i in range(2000000):\n    t = [i, i]\n") == ["result", None]
        base_live = vm.stats(sid)["live"]
        base_rss = vm.rss()
        base_heap = vm.request(["process_stats"])[1]["heap_used"]
        reply = vm.exec(sid, template.format(n=ITEMS_PER_MIB[name] * mib))
        assert reply == ["result", None], reply
        live = vm.stats(sid)["live"] - base_live
        grown = vm.rss() - base_rss
        heap = vm.request(["process_stats"])[1]["heap_used"] - base_heap
        error = live / grown - 1.0
        worst = max(worst, abs(error))
        print("   %-15s live %6.1f MiB   RSS growth %6.1f MiB (%+5.1f%%)   GC heap growth %6.1f MiB (%+5.1f%%)"
              % (name, live / MiB, grown / MiB, 100 * error, heap / MiB, 100 * (live / heap - 1.0)))
        vm.close()
    print("   worst vs RSS %.1f%% -> %s" % (100 * worst, "TARGET MET (within 15%)" if worst <= 0.15 else "target missed"))


def report_cycles(command, cycles):
    print("4. create, fill 32 MiB, destroy: %d cycles in one process" % cycles)
    vm = VM(command)
    fill = FILL["lists of ints"].format(n=ITEMS_PER_MIB["lists of ints"] * 32)
    marks = sorted({1, 2, cycles // 10, cycles // 2, cycles})
    rows = []
    for i in range(1, cycles + 1):
        sid = vm.create(heap=64 * MiB)
        assert vm.exec(sid, fill) == ["result", None]
        vm.destroy(sid)
        if i in marks:
            heap = vm.request(["process_stats"])[1]["heap_used"]
            rows.append((i, vm.rss(), heap))
    for i, rss, heap in rows:
        print("   after cycle %3d: RSS %6.1f MiB, GC heap %6.1f MiB" % (i, rss / MiB, heap / MiB))
    first, last = rows[1], rows[-1]
    print("   from cycle 2 to %d: RSS %+.1f MiB, GC heap %+.1f MiB"
          % (cycles, (last[1] - first[1]) / MiB, (last[2] - first[2]) / MiB))
    vm.close()


def report_neighbours(command, repeat, quick):
    print("6. a neighbour exhausting its pool: the other sandbox's speed and data")
    vm = VM(command)
    victim = vm.create(heap=64 * MiB)
    hog = vm.create(heap=16 * MiB)
    source = BINARY_TREES.replace("DEPTH", "12" if quick else "15")
    assert vm.exec(victim, "mine = list(range(1000))\n") == ["result", None]
    before = min(timed(vm, victim, source) for _ in range(repeat))
    reply = vm.exec(hog, QUOTA_PROGRAMS["fill"])
    assert reply[0] == "error" and reply[1]["type"] == "MemoryError", reply
    after = min(timed(vm, victim, source) for _ in range(repeat))
    intact = vm.request(["get", victim, "mine"]) == ["result", list(range(1000))]
    print("   binary trees in the other sandbox: %.3f s before, %.3f s after (ratio %.3f); its data intact: %s"
          % (before, after, after / before, intact))
    vm.close()


def report_quotas(command, quotas):
    print("5. programs under quotas (fresh process each): outcome, marks, peak live, peak RSS")
    for name, source in QUOTA_PROGRAMS.items():
        for quota in quotas:
            vm = VM(command)
            sid = vm.create(heap=quota * MiB)
            t0 = time.perf_counter()
            reply = vm.exec(sid, source.replace("QUOTA", str(quota * MiB)), timeout=300)
            elapsed = time.perf_counter() - t0
            if reply[0] == "error":
                outcome = reply[1]["type"]
            else:
                outcome = reply[0]
            stats = vm.stats(sid, collect=False)
            print("   %-20s %4dM  %-12s %6.3f s  %4d marks  peak live %6.1f MiB  peak RSS %6.1f MiB"
                  % (name, quota, outcome, elapsed, stats["marks"], stats["peak"] / MiB,
                     vm.peak_rss() / MiB))
            vm.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vm", help="interpreter binary (default: build/pypy-sandbox-vm)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="small sizes, for a slow build")
    ap.add_argument("--only", help="one report: cost, density, accuracy, cycles, quotas, neighbours")
    opts = ap.parse_args()
    command = VMCommand([opts.vm]) if opts.vm else find_vm()
    reports = {
        "cost": lambda: report_cost(command, opts.repeat, opts.quick),
        "density": lambda: report_density(command, 100 if opts.quick else 1000),
        "accuracy": lambda: report_accuracy(command, 8 if opts.quick else 64),
        "cycles": lambda: report_cycles(command, 5 if opts.quick else 100),
        "quotas": lambda: report_quotas(command, [16] if opts.quick else [16, 64, 256]),
        "neighbours": lambda: report_neighbours(command, opts.repeat, opts.quick),
    }
    for name, run in reports.items():
        if opts.only in (None, name):
            run()


if __name__ == "__main__":
    main()
