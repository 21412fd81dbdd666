"""pypy-sandbox controller: run untrusted Python in a restricted interpreter.

The public API is what `__all__` lists (tests/controller/test_exported_members.py
pins it); everything in underscore modules is internal.

    from trusted import Sandbox
    with Sandbox(heap="64M", timeout=2.0) as sb:
        sb.exec("x = 6 * 7")
        assert sb.get("x") == 42
"""

from trusted._compiler import compile_module
from trusted._exceptions import (Cancelled, CompileError, CpuTimeExceeded,
                                 GuestError, HeapQuotaExceeded,
                                 InstructionLimitExceeded, LimitExceeded,
                                 ProtocolError, SandboxClosed, SandboxCrashed,
                                 SandboxError, TimeLimitExceeded, VMNotFound)
from trusted._sandbox import Sandbox, parse_size

__all__ = [
    "Sandbox",
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
    "Cancelled",
    "SandboxCrashed",
    "ProtocolError",
    "SandboxClosed",
    "VMNotFound",
]

