"""Untrusted files are read in a child process that holds no keys, with memory and time limits.

The parent (the app, holding the vault keys) never parses an evidence file itself: it starts a fresh
Python interpreter (``python -m parole_desktop.packet.sandbox``; the frozen app runs itself with
``--untrusted-child``), writes the file's bytes to the child's stdin and reads back a small JSON
header and the child's output. The child is a new program image (fork + exec), so no key, passphrase
or decrypted record of the parent exists in its memory; it gets an environment without the user's
variables, no open file descriptors but its pipes, no core dumps, an address-space limit
(``RLIMIT_AS``) and a CPU-time limit, and the parent kills it after a wall-clock timeout. A child that
dies (memory exhausted, a crash in a C library, a timeout) is reported as :class:`UntrustedFileError`
with a plain reason, never as a crash of the app.

Any module may use :func:`run_untrusted` for another task by adding it to ``_TASKS``.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parole_desktop.errors import UserError

log = logging.getLogger(__name__)

MEMORY_LIMIT = 1536 * 1024 * 1024  # address space (virtual), includes the interpreter and libraries
CPU_LIMIT_S = 300
TIMEOUT_S = 120.0
CHILD_FLAG = "--untrusted-child"
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


def _limits(memory: int, cpu: int) -> Callable[[], None]:
    def apply() -> None:  # runs in the child between fork and exec
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
        os.setsid()  # its own process group: a timeout kills it and anything it started

    return apply


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle's launcher hands CHILD_FLAG to child_main()
        exe = Path(sys.executable)
        cli = exe.with_name("parole-desktop-cli" + exe.suffix)  # a console program: real stdin/stdout
        return [str(cli if cli.exists() else exe), CHILD_FLAG]
    return [sys.executable, "-s", "-m", "parole_desktop.packet.sandbox"]


def _env() -> dict[str, str]:
    env = {k: os.environ[k] for k in _ENV_KEEP if k in os.environ}
    env["PATH"] = os.defpath
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_untrusted(task: str, data: bytes, options: dict[str, Any] | None = None, *,
                  timeout: float = TIMEOUT_S, memory: int = MEMORY_LIMIT) -> ChildResult:
    """Run ``task`` on ``data`` in the child. Raises :class:`UntrustedFileError` when the child refuses
    the file (its reason) or dies (memory, time, crash)."""
    request = json.dumps({"task": task, "options": options or {}}).encode() + b"\n"
    posix = os.name == "posix"
    cmd = child_command()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="pd-untrusted-") as cwd:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=_env(),
            close_fds=True, preexec_fn=_limits(memory, CPU_LIMIT_S) if posix else None,
        )
        try:
            out, err = proc.communicate(request + data, timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            proc.communicate()
            raise UntrustedFileError(f"reading it took longer than {int(timeout)} seconds, so it was stopped "
                                     "(the file may be damaged or made to stall readers)") from None
        except BaseException:
            _kill(proc)
            raise
    seconds = time.monotonic() - started
    rc = proc.returncode
    try:
        header, payloads = _parse(out)
    except ValueError:
        header, payloads = {}, []
    if rc != 0 or not header:
        log.warning("untrusted-file child ended with %s after %.1f s (%s)", rc, seconds, _last_line(err))
        raise UntrustedFileError(_death_reason(rc, err))
    if not header.get("ok"):
        raise UntrustedFileError(str(header.get("reason") or "it cannot be read"))
    return ChildResult(header, payloads, seconds, float(header.get("peak_rss_mb", 0.0)))


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
        return "reading it needed more memory than allowed, so it was stopped (the file may be damaged or a " \
               "decompression bomb)"
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


# ---------------------------------------------------------------------------------------------- child side
def _task_normalise(data: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    from parole_desktop.packet.probe import normalise

    n = normalise(data)
    header = {"kind": n.kind, "media_type": n.media_type, "pages": n.pages, "width_px": n.width_px,
              "height_px": n.height_px, "notes": n.notes, "converted_media_type": n.converted_media_type}
    return header, [n.pdf if options.get("want_pdf", True) else b"", n.converted]


def _task_render(data: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """Page ``index`` of a PDF (pypdfium2) or the first frame of an image (Pillow), about ``width`` pixels
    wide, as raw RGB: for previews, so the app never rasterises an untrusted file itself."""
    from parole_desktop.packet.probe import render_rgb

    w, h, pages, rgb = render_rgb(data, int(options.get("index", 0)), int(options.get("width", 800)))
    return {"width": w, "height": h, "pages": pages}, [rgb]


def render_page(data: bytes, index: int = 0, width: int = 800) -> tuple[int, int, int, bytes]:
    """(width, height, page count, RGB bytes) of a preview rendered in the child; UntrustedFileError if not."""
    res = run_untrusted("render", data, {"index": index, "width": width}, timeout=60)
    h = res.header
    return int(h["width"]), int(h["height"]), int(h["pages"]), res.payloads[0]


def _task_selftest(data: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """For tests of the sandbox itself: behave badly on request."""
    mode = options.get("mode")
    if mode == "hog":
        hog = [bytearray(64 * 1024 * 1024) for _ in range(1000)]
        return {"n": len(hog)}, []
    if mode == "sleep":
        time.sleep(float(options.get("seconds", 60)))
    if mode == "abort":
        os.abort()
    if mode == "env":
        return {"env": sorted(os.environ), "fds": sorted(int(f) for f in os.listdir("/proc/self/fd"))
                if os.path.isdir("/proc/self/fd") else []}, []
    return {"echo_len": len(data)}, [data[::-1]]


_TASKS: dict[str, Callable[[bytes, dict[str, Any]], tuple[dict[str, Any], list[bytes]]]] = {
    "normalise": _task_normalise,
    "render": _task_render,
    "selftest": _task_selftest,
}


def child_main() -> int:
    """Entry point of the child: one request on stdin, one answer on stdout."""
    import resource

    from parole_desktop.packet.probe import Unprintable

    logging.disable(logging.CRITICAL)
    stdin = sys.stdin.buffer
    line = stdin.readline()
    request = json.loads(line.decode())
    data = stdin.read()
    payloads: list[bytes] = []
    try:
        header, payloads = _TASKS[request["task"]](data, request.get("options") or {})
        header["ok"] = True
    except Unprintable as exc:
        header = {"ok": False, "reason": exc.reason}
    except MemoryError:
        sys.stderr.write("MemoryError\n")
        return 3
    except RecursionError:
        header = {"ok": False, "reason": "its structure is nested too deeply to read safely"}
    except Exception as exc:
        sys.stderr.write(f"{type(exc).__name__}\n")
        header = {"ok": False, "reason": "it is damaged: its structure could not be read"}
    header["peak_rss_mb"] = _peak_rss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    header["payload_sizes"] = [len(p) for p in payloads]
    head = json.dumps(header).encode()
    out = sys.stdout.buffer
    out.write(struct.pack(">I", len(head)) + head)
    for p in payloads:
        out.write(p)
    out.flush()
    return 0


def _peak_rss_mb(maxrss: int) -> float:
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


if __name__ == "__main__":
    sys.exit(child_main())
