"""#25: the file-reading child is confined on Linux (packet/confine.py): an exploit in an evidence file cannot
read the user's files or the vault, open a connection or start a program. Each attack is performed from
inside a real child, with a control showing that the same attempt succeeds from the test process."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from parole_desktop.packet import confine, sandbox
from parole_desktop.packet.sandbox import run_untrusted

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="confinement is Linux only")


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it accepts."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[bytes] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    self.accepted.append(conn.recv(64))
                except OSError:
                    self.accepted.append(b"")

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        self.sock.close()


@pytest.fixture
def listener():  # type: ignore[no-untyped-def]
    lst = Listener()
    yield lst
    lst.close()


def _secrets(session, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Files an exploit would want: in the user's home, the vault's database and key file, a file in the
    shared temp folder beside the child's own."""
    home = Path(os.environ["HOME"]) / "notes.txt"
    home.write_text("the user's own file")
    beside = Path(tempfile.mkdtemp(prefix="pd-other-")) / "other.txt"
    beside.write_text("another process's temp file")
    vault = session.vault.files.folder
    return [str(home), str(vault / "vault.db"), str(vault / "vault.keys"), str(beside), "/etc/hostname"]


def test_child_cannot_read_outside_its_folder_connect_or_start_a_program(session, tmp_path, listener):
    targets = [p for p in _secrets(session, tmp_path) if os.path.exists(p)]
    # the control: from the test process every one of these works
    for path in targets:
        assert Path(path).read_bytes()[:1]
    with socket.create_connection(("127.0.0.1", listener.port), timeout=5) as s:
        s.sendall(b"control")
    res = run_untrusted(
        "selftest",
        b"",
        {"mode": "escape", "read": targets, "write": "inside.txt", "port": listener.port, "exec": True},
    )
    applied = res.confinement
    if set(confine.missing(applied)) >= {"filesystem", "network"}:
        pytest.skip(f"this kernel offers neither Landlock nor a seccomp filter: {applied}")
    assert res.header["write"] == "ok", "the child may still write in its own working folder"
    if "filesystem" not in confine.missing(applied):
        assert res.header["read"] == {p: "EACCES" for p in targets}, res.header["read"]
    if "network" not in confine.missing(applied):
        assert res.header["connect"] in ("EPERM", "EACCES"), res.header["connect"]
    if "syscalls" not in confine.missing(applied):
        assert res.header["exec"] == "EPERM"
    listener.stop.set()
    listener.thread.join(5)
    assert listener.accepted == [b"control"], "only the test's own connection reached the listener"


def test_confinement_is_recorded_and_cheap() -> None:
    res = run_untrusted("selftest", b"abc")
    assert res.payloads == [b"cba"]
    assert {"filesystem", "network", "syscalls", "ms"} <= set(res.confinement)
    if confine.landlock_abi() > 0:
        assert res.confinement["filesystem"].startswith(f"landlock ABI {confine.landlock_abi()}")
    if os.uname().machine in ("x86_64", "aarch64"):
        assert "socket" in res.confinement["syscalls"] and "execve" in res.confinement["syscalls"]
    assert res.confinement["ms"] < 50, res.confinement  # measured 1-4 ms here


def test_a_refusal_still_names_the_confinement() -> None:
    """Every answer carries it, also the refusal of an unregistered task."""
    out = subprocess.run(
        sandbox.child_command(),
        input=b'{"task": "nope"}\n',
        capture_output=True,
        env=sandbox._env(sandbox.MEMORY_LIMIT),
        cwd=tempfile.mkdtemp(prefix="pd-test-"),
        timeout=60,
        check=True,
    )
    header, _ = sandbox._parse(out.stdout)
    assert header["ok"] is False and set(header["confinement"]) >= {"filesystem", "network", "syscalls"}


def test_network_namespace_fallback_has_no_route(listener) -> None:
    """Where no seccomp filter exists for the machine, the child falls back to a user + network namespace:
    performed here in a child of its own, connecting to the test's listener."""
    code = (
        "import socket, sys\n"
        "from parole_desktop.packet.confine import apply_network_namespace\n"
        "got = apply_network_namespace()\n"
        "print(got)\n"
        "if got.startswith('none'): sys.exit(0)\n"
        f"try:\n    socket.create_connection(('127.0.0.1', {listener.port}), timeout=3)\n"
        "except OSError as e:\n    print('refused', e.errno)\nelse:\n    print('connected')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=dict(os.environ)
    )
    lines = out.stdout.splitlines()
    if not lines or lines[0].startswith("none"):
        pytest.skip(f"unprivileged user namespaces are not available here: {out.stdout or out.stderr}")
    assert lines[0] == "network namespace: no interface" and lines[1].startswith("refused"), out.stdout
    assert listener.accepted == []


def test_missing_confinement_is_a_logged_notice(caplog: pytest.LogCaptureFixture) -> None:
    sandbox._noticed.clear()
    gaps = {"filesystem": "none: the kernel has no Landlock", "network": "socket() refused (seccomp)"}
    with caplog.at_level(logging.INFO, logger="parole_desktop.packet.sandbox"):
        sandbox._notice({**gaps, "syscalls": "seccomp: socket"})
        sandbox._notice({**gaps, "syscalls": "seccomp: socket"})  # once per process
    notes = [r.getMessage() for r in caplog.records if "without confinement" in r.getMessage()]
    assert notes == [
        "the file-reading process runs without confinement of: filesystem (none: the kernel has no Landlock)"
    ]
    assert all(r.levelno == logging.INFO for r in caplog.records)
    assert confine.missing({**gaps, "syscalls": "none: x"}) == ["filesystem", "syscalls"]


def test_threads_started_before_confinement_are_reported_not_trusted(tmp_path) -> None:
    """Landlock and seccomp bind the calling thread and what it starts: a thread a library started earlier
    would stay free, so the result says the confinement does not hold (and the parent's notice names it)."""
    code = (
        "import json, threading, time\n"
        "from parole_desktop.packet.confine import confine, missing\n"
        "threading.Thread(target=time.sleep, args=(3,), daemon=True).start()\n"
        "got = confine()\n"
        "print(json.dumps([got, missing(got)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=dict(os.environ),
    )
    got, gaps = json.loads(out.stdout)
    assert "filesystem" in gaps and "syscalls" in gaps, got
    assert "2 threads were already running" in got["filesystem"]
