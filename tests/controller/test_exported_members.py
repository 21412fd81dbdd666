"""The public API of `trusted` is exactly this; change it deliberately."""

import trusted

PUBLIC = [
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


def test_all_is_pinned():
    assert sorted(trusted.__all__) == sorted(PUBLIC)


def test_every_name_exists():
    for name in trusted.__all__:
        assert getattr(trusted, name) is not None, name


def test_exception_tree():
    for name in PUBLIC:
        obj = getattr(trusted, name)
        if isinstance(obj, type) and name not in (
                "Sandbox", "SandboxProcess", "HeapStats", "ProcessStats"):
            assert issubclass(obj, trusted.SandboxError), name
    assert issubclass(trusted.HeapQuotaExceeded, trusted.GuestError)
    assert issubclass(trusted.TimeLimitExceeded, trusted.LimitExceeded)
    assert issubclass(trusted.OutputLimitExceeded, trusted.LimitExceeded)


def test_star_import_matches_all():
    namespace = {}
    exec("from trusted import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(trusted.__all__)
