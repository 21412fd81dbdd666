"""Debugging aid: run a script on the untranslated interpreter (or the binary
given with --vm) with the interpreter's stderr passed through, so internal
errors show their RPython-level traceback.

    .venv/bin/python tools/vmrun.py script.py [--vm build/pypy-sandbox-vm]
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

from trusted._compiler import compile_module
from trusted import _wire
from trusted._transport import find_vm

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("script")
    ap.add_argument("--vm")
    ap.add_argument("--timeout", type=float, default=0.0)
    ap.add_argument("--heap", type=int, default=0, help="quota in bytes")
    ap.add_argument("--stats", action="store_true", help="print the pool's stats at the end")
    opts = ap.parse_args()
    if opts.vm:
        argv, env = [opts.vm], {}
    else:
        os.environ["PYPY_SANDBOX_UNTRANSLATED"] = "1"
        cmd = find_vm()
        argv, env = cmd.argv, dict(cmd.env)
    env.setdefault("PATH", os.environ["PATH"])
    source = Path(opts.script).read_text()
    code = compile_module(source, opts.script)
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    def send(msg):
        proc.stdin.write(_wire.encode_frame(msg))
        proc.stdin.flush()
    def recv():
        header = proc.stdout.read(4)
        if len(header) < 4:
            return None
        n = int.from_bytes(header, "big")
        return _wire.decode_reply(proc.stdout.read(n))
    print("<<", recv(), file=sys.stderr)
    send(["create", 1, {"modules": ["sys", "math", "random", "time", "cmath"], "argv": [opts.script],
                        "heap": opts.heap}])
    print("<<", recv(), file=sys.stderr)
    send(["exec", 1, code, {"timeout": opts.timeout}])
    while True:
        msg = recv()
        if msg is None:
            break
        if msg[0] == "output":
            sys.stdout.write(msg[2])
            continue
        print("<<", msg, file=sys.stderr)
        break
    if opts.stats:
        send(["stats", 1, {"collect": True}])
        print("<< stats", recv(), file=sys.stderr)
    send(["shutdown"])
    proc.wait()

main()
