"""Helpers for end-to-end tests against the real interpreter (`vm_command`,
tests/conftest.py): `RawVM` talks to the process byte by byte, for the
hostile-input tests that the controller itself would never send."""

import selectors
import struct
import subprocess
import time

import pytest

from trusted._transport import VMCommand
from trusted._wire import decode_reply, encode_frame

START_TIMEOUT = 60.0
REPLY_TIMEOUT = 30.0


class RawVM:
    def __init__(self, command: VMCommand):
        self.proc = subprocess.Popen(
            command.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=dict(command.env), bufsize=0)
        self.ready = self.read(START_TIMEOUT)

    def write(self, data: bytes) -> None:
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message) -> None:
        self.write(encode_frame(message))

    def send_payload(self, payload: bytes) -> None:
        self.write(struct.pack(">I", len(payload)) + payload)

    def _read_exactly(self, n, deadline):
        data = b""
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            while len(data) < n:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not sel.select(remaining):
                    raise AssertionError("no reply from the interpreter; "
                                         "stderr: %r" % self.stderr())
                chunk = self.proc.stdout.read(n - len(data))
                if not chunk:
                    return None
                data += chunk
        return data

    def read(self, timeout=REPLY_TIMEOUT):
        """The next message, or None at end of output."""
        deadline = time.monotonic() + timeout
        header = self._read_exactly(4, deadline)
        if header is None:
            return None
        (length,) = struct.unpack(">I", header)
        return decode_reply(self._read_exactly(length, deadline))

    def request(self, message):
        self.send(message)
        return self.read()

    def close_input(self):
        self.proc.stdin.close()

    def wait(self, timeout=REPLY_TIMEOUT):
        return self.proc.wait(timeout)

    def stderr(self):
        if self.proc.poll() is None:
            return "<still running>"
        return self.proc.stderr.read().decode("utf-8", "replace")[-2000:]

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                stream.close()
            except OSError:
                pass


@pytest.fixture
def raw_vm(vm_command):
    vm = RawVM(vm_command)
    yield vm
    vm.kill()
