"""Translation entry point: `rpython targetsandbox.py` builds the
interpreter; running this file with a Python 2 host runs it untranslated
(the controller's PYPY_SANDBOX_UNTRANSLATED=1 mode)."""

import os
import sys

# untranslated runs start from this file: make the package importable
_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from rpython.rlib import jit as rjit

from rpython_sandbox.messageloop import MessageLoop

JIT_ENABLED = [False]


def entry_point(argv):
    from rpython_sandbox import jit as sandbox_jit
    sandbox_jit.configure()
    # For tuning only: the host sets this in the interpreter's environment
    # (the guest cannot), e.g. "trace_eagerness=50,decay=10"; bench/ uses it
    # to compare settings side by side without a rebuild.
    params = os.environ.get("PYPY_SANDBOX_JIT_PARAMS")
    if params:
        rjit.set_user_param(None, params)
    loop = MessageLoop(JIT_ENABLED[0])
    return loop.run()


def target(driver, args):
    driver.exe_name = "pypy-sandbox-vm"
    JIT_ENABLED[0] = bool(driver.config.translation.jit)
    return entry_point, None


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
