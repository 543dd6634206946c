"""Untrusted files are read in a child process that holds no keys, with memory and time limits.

The parent (the app, holding the vault keys) never parses an evidence file itself: it starts a fresh
Python interpreter (``python -m parole_desktop.packet.child``; the frozen app runs itself with
``--untrusted-child``), writes the file's bytes to the child's stdin and reads back a small JSON
header and the child's output. The child is a new program image (fork + exec), so no key, passphrase
or decrypted record of the parent exists in its memory; it gets an environment without the user's
variables, no open file descriptors but its pipes, no core dumps, an address-space limit
(``RLIMIT_AS``) and a CPU-time limit, and the parent kills it after a wall-clock timeout. On Linux the
child then confines itself before it reads a byte (:mod:`parole_desktop.packet.confine`: Landlock to its
working folder, a seccomp filter against sockets, program starts and other processes) and says in its
answer what it could apply (:attr:`ChildResult.confinement`); what the kernel does not offer is logged once
as a notice. A child that
dies (memory exhausted, a crash in a C library, a timeout) is reported as :class:`UntrustedFileError`
with a plain reason, never as a crash of the app.

This module is the parent's side and the wire format only: it imports nothing from the rest of the packet
layer. What the child may run is the task table ``TASKS`` in :mod:`parole_desktop.packet.child`, and
nothing else: a request for any other name is refused by the child. A module that needs another task adds
it there; :mod:`parole_desktop.packet.probe` holds the parent-side calls of the probe's tasks.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from parole_desktop.errors import UserError

log = logging.getLogger(__name__)

MEMORY_LIMIT = 1536 * 1024 * 1024  # address space (virtual), includes the interpreter and libraries
CPU_LIMIT_S = 300
TIMEOUT_S = 120.0
CHILD_FLAG = "--untrusted-child"
LIMITS_ENV = "PD_SANDBOX_LIMITS"
_ENV_KEEP = ("PYTHONPATH", "SYSTEMROOT", "LANG", "LC_ALL", "TMPDIR", "TEMP", "TMP")


class UntrustedFileError(UserError):
    """The child reading an untrusted file refused it or died; ``reason`` is plain and whole."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class ChildResult:
    header: dict[str, Any]
    payloads: list[bytes]
    seconds: float
    peak_rss_mb: float
    #: what the child could confine itself to (``packet/confine.confine``: filesystem, network, syscalls)
    confinement: dict[str, Any] = field(default_factory=dict)


def apply_limits() -> None:
    """In the child, before any untrusted byte is read: no core dumps, the address-space and CPU limits
    the parent chose (``PD_SANDBOX_LIMITS``). Done here rather than in a ``preexec_fn``: Python code between
    fork and exec can deadlock in a threaded app, and would hold the app's open files (the vault lock)."""
    try:
        import resource
    except ImportError:  # Windows: only the parent's wall-clock limit applies
        return
    memory, cpu = (int(v) for v in os.environ.get(LIMITS_ENV, f"{MEMORY_LIMIT},{CPU_LIMIT_S}").split(","))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle's launcher hands CHILD_FLAG to child_main()
        exe = Path(sys.executable)
        cli = exe.with_name("parole-desktop-cli" + exe.suffix)  # a console program: real stdin/stdout
        return [str(cli if cli.exists() else exe), CHILD_FLAG]
    return [sys.executable, "-s", "-m", "parole_desktop.packet.child"]


def _env(memory: int) -> dict[str, str]:
    env = {k: os.environ[k] for k in _ENV_KEEP if k in os.environ}
    env[LIMITS_ENV] = f"{memory},{CPU_LIMIT_S}"
    env["PATH"] = os.defpath
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@dataclass
class _Child:
    proc: subprocess.Popen[bytes]
    cwd: str
    owner: int  # pid of the process that started it (a forked copy of the app must not use it)
    memory: int


#: idle children kept started ahead, at most: one per core, two at most (an idle child is ~33 MB resident,
#: ~14 MB of it its own). Files added one after another then overlap one child's start-up with the next
#: one's: a child's start (the interpreter, pikepdf, Pillow) costs ~0.12 s of CPU, its work on a small file
#: a few ms.
MAX_SPARES = 2
_spares: list[_Child] = []
_spare_lock = threading.Lock()


def spares_wanted() -> int:
    """How many idle children :func:`prestart` keeps ready: one per core, at most :data:`MAX_SPARES`."""
    return max(1, min(MAX_SPARES, os.cpu_count() or 1))


def _spawn(memory: int) -> _Child:
    cwd = tempfile.mkdtemp(prefix="pd-untrusted-")
    env = _env(memory)
    for name in ("TMPDIR", "TEMP", "TMP"):  # the only folder the confined child may write in
        env[name] = cwd
    try:
        proc = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
            close_fds=True,
            start_new_session=os.name == "posix",
        )
    except BaseException:
        shutil.rmtree(cwd, ignore_errors=True)
        raise
    return _Child(proc, cwd, os.getpid(), memory)


def _sort_spares() -> list[_Child]:
    """Under the lock: drop spares inherited through fork (the parent's: left alone) and spares that died
    while idle (returned, to be discarded outside the lock)."""
    global _spares
    pid = os.getpid()
    dead = [c for c in _spares if c.owner == pid and c.proc.poll() is not None]
    _spares = [c for c in _spares if c.owner == pid and c not in dead]
    return dead


def prestart() -> None:
    """Start idle children now, up to :func:`spares_wanted` (each loads its libraries and waits for one
    file), so the next files do not wait for an interpreter to start. Each child still reads exactly one
    file."""
    with _spare_lock:
        dead = _sort_spares()
        while len(_spares) < spares_wanted():
            try:
                _spares.append(_spawn(MEMORY_LIMIT))
            except OSError as e:
                log.warning("could not start the file-reading process ahead (%s)", type(e).__name__)
                break
    for child in dead:
        _discard(child)


def _take(memory: int) -> _Child:
    """The oldest idle child with this memory limit (the one most likely ready), else a new one."""
    with _spare_lock:
        dead = _sort_spares()
        child = next((c for c in _spares if c.memory == memory), None)
        if child is not None:
            _spares.remove(child)
    for d in dead:
        _discard(d)
    return child if child is not None else _spawn(memory)


def _discard(child: _Child) -> None:
    _kill(child.proc)
    with contextlib.suppress(Exception):
        child.proc.communicate(timeout=5)
    shutil.rmtree(child.cwd, ignore_errors=True)


@atexit.register
def _stop_spare() -> None:
    """Stop every idle child this process started (at exit; tests that count the children started)."""
    global _spares
    with _spare_lock:
        mine = [c for c in _spares if c.owner == os.getpid()]
        _spares = []
    for child in mine:
        _discard(child)


def run_untrusted(
    task: str,
    data: bytes,
    options: dict[str, Any] | None = None,
    *,
    timeout: float = TIMEOUT_S,
    memory: int = MEMORY_LIMIT,
) -> ChildResult:
    """Run ``task`` on ``data`` in a child of its own. Raises :class:`UntrustedFileError` when the child
    refuses the file (its reason) or dies (memory, time, crash)."""
    request = json.dumps({"task": task, "options": options or {}}).encode() + b"\n"
    started = time.monotonic()
    child = _take(memory)
    prestart()  # the next file's child starts while this one works
    proc = child.proc
    try:
        try:
            out, err = proc.communicate(request + data, timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            proc.communicate()
            raise UntrustedFileError(
                f"reading it took longer than {int(timeout)} seconds, so it was stopped "
                "(the file may be damaged or made to stall readers)"
            ) from None
        except BaseException:
            _kill(proc)
            raise
    finally:
        shutil.rmtree(child.cwd, ignore_errors=True)
    seconds = time.monotonic() - started
    rc = proc.returncode
    try:
        header, payloads = _parse(out)
    except ValueError:
        header, payloads = {}, []
    if rc != 0 or not header:
        log.warning("untrusted-file child ended with %s after %.1f s (%s)", rc, seconds, _last_line(err))
        raise UntrustedFileError(_death_reason(rc, err))
    got = header.get("confinement")
    confinement: dict[str, Any] = got if isinstance(got, dict) else {}
    _notice(confinement)
    if not header.get("ok"):
        raise UntrustedFileError(str(header.get("reason") or "it cannot be read"))
    return ChildResult(header, payloads, seconds, float(header.get("peak_rss_mb", 0.0)), confinement)


_noticed: set[tuple[str, ...]] = set()


def _notice(confinement: dict[str, Any]) -> None:
    """Log once per process (a notice, not an error: the limits above still hold) which confinement the
    kernel did not offer the child (``packet/confine.py``)."""
    gaps = tuple(
        f"{part} ({confinement.get(part, 'not reported')})"
        for part in ("filesystem", "network", "syscalls")
        if str(confinement.get(part, "none")).startswith("none")
    )
    if gaps and gaps not in _noticed:
        _noticed.add(gaps)
        log.info("the file-reading process runs without confinement of: %s", "; ".join(gaps))


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except (ProcessLookupError, PermissionError, OSError):
        pass


def _last_line(err: bytes) -> str:
    lines = [ln for ln in err.decode("utf-8", "replace").splitlines() if ln.strip()]
    # the child writes only exception class names to stderr (never file content or paths)
    return lines[-1][:200] if lines else "no message"


def _death_reason(rc: int | None, err: bytes) -> str:
    text = err.decode("utf-8", "replace")
    if any(s in text for s in ("MemoryError", "bad_alloc", "Cannot allocate memory", "out of memory")):
        return (
            "reading it needed more memory than allowed, so it was stopped (the file may be damaged or a "
            "decompression bomb)"
        )
    if rc == -getattr(signal, "SIGXCPU", 24):
        return "reading it took too much processing time, so it was stopped"
    return "the reader stopped unexpectedly on this file (it may be damaged or made to attack readers)"


def _parse(out: bytes) -> tuple[dict[str, Any], list[bytes]]:
    if len(out) < 4:
        raise ValueError("short")
    (n,) = struct.unpack(">I", out[:4])
    header = json.loads(out[4 : 4 + n].decode())
    pos = 4 + n
    payloads = []
    for size in header.get("payload_sizes", []):
        payloads.append(out[pos : pos + size])
        pos += size
    if pos != len(out):
        raise ValueError("length mismatch")
    return header, payloads


def write_answer(out: BinaryIO, header: dict[str, Any], payloads: list[bytes]) -> None:
    """The child's answer as :func:`_parse` reads it: a 4-byte length, the JSON header (with the payload
    sizes), then the payloads."""
    header = {**header, "payload_sizes": [len(p) for p in payloads]}
    head = json.dumps(header).encode()
    out.write(struct.pack(">I", len(head)) + head)
    for p in payloads:
        out.write(p)
    out.flush()
