"""pypy-sandbox controller: run untrusted Python in a restricted interpreter.

The public API is what `__all__` lists (tests/controller/test_exported_members.py
pins it); everything in underscore modules is internal.

    from trusted import Sandbox
    with Sandbox(heap="64M", timeout=2.0) as sb:
        sb.exec("x = 6 * 7")
        assert sb.get("x") == 42

Many sandboxes in one interpreter process (a multi-tenant server):

    from trusted import Sandbox, SandboxProcess
    with SandboxProcess() as process:
        tenant = Sandbox(process=process, heap="64M", timeout=2.0)
"""

from trusted._compiler import compile_module
from trusted._exceptions import (Cancelled, CompileError, CpuTimeExceeded,
                                 GuestError, HeapQuotaExceeded,
                                 InstructionLimitExceeded, LimitExceeded,
                                 OutputLimitExceeded, ProtocolError,
                                 SandboxClosed, SandboxCrashed, SandboxError,
                                 TimeLimitExceeded, VMNotFound)
from trusted._process import HeapStats, ProcessStats, SandboxProcess
from trusted._sandbox import Sandbox
from trusted._sizes import parse_size

__all__ = [
    "Sandbox",
    "SandboxProcess",
    "HeapStats",
    "ProcessStats",
    "parse_size",
    "compile_module",
    "SandboxError",
    "CompileError",
    "GuestError",
    "HeapQuotaExceeded",
    "LimitExceeded",
    "TimeLimitExceeded",
    "CpuTimeExceeded",
    "InstructionLimitExceeded",
    "OutputLimitExceeded",
    "Cancelled",
    "SandboxCrashed",
    "ProtocolError",
    "SandboxClosed",
    "VMNotFound",
]

