"""The sandbox child: the table of tasks it may run on an untrusted file, and its entry point.

:mod:`parole_desktop.packet.sandbox` starts ``python -m parole_desktop.packet.child`` (the frozen app:
``--untrusted-child``, see ``packaging/launcher.py``) without keys, with limits, and writes one request
line plus the file's bytes to its stdin. :func:`child_main` applies the limits before reading a byte, runs
the named task if, and only if, it is in :data:`TASKS`, and writes the answer back in the sandbox's wire
format. Import order (no cycle): this module > :mod:`~parole_desktop.packet.probe` (the tasks' code) >
:mod:`~parole_desktop.packet.sandbox` (the parent's side); only the child process imports this module.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from parole_desktop.packet.confine import confine
from parole_desktop.packet.probe import (
    TEXT_MAX_CHARS,
    Unprintable,
    normalise,
    register_heif,
    render_rgb,
    text_layer,
    thumbnail_rgb,
)
from parole_desktop.packet.sandbox import apply_limits, write_answer

Task = Callable[[bytes, dict[str, Any]], tuple[dict[str, Any], list[bytes]]]


def _task_normalise(data: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """The probe: the exhibit's packet pages (``want_pdf``), what the verdict needs and (``thumb``) the
    first page's thumbnail as raw RGB, rendered from those pages."""
    n = normalise(data)
    rgb = b""
    header = {
        "kind": n.kind,
        "media_type": n.media_type,
        "pages": n.pages,
        "width_px": n.width_px,
        "height_px": n.height_px,
        "notes": n.notes,
        "converted_media_type": n.converted_media_type,
    }
    if options.get("thumb"):
        header["thumb_width"], header["thumb_height"], rgb = thumbnail_rgb(n.pdf)
    return header, [n.pdf if options.get("want_pdf", True) else b"", n.converted, rgb]


def _task_render(data: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """Page ``index`` of a PDF (pypdfium2) or the first frame of an image (Pillow), about ``width`` pixels
    wide, as raw RGB: for previews, so the app never rasterises an untrusted file itself."""
    w, h, pages, rgb = render_rgb(data, int(options.get("index", 0)), int(options.get("width", 800)))
    return {"width": w, "height": h, "pages": pages}, [rgb]


def _task_text(data: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """The text layer of a PDF's first pages (no OCR), as UTF-8: for prefilling what a document states."""
    limit = max(0, min(int(options.get("max_chars", TEXT_MAX_CHARS)), TEXT_MAX_CHARS))
    text = text_layer(data, max_chars=limit)
    return {"chars": len(text)}, [text.encode("utf-8", errors="replace")]


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
        return {"env": sorted(os.environ), "fds": _open_fds()}, []
    if mode == "escape":  # what an exploit in a file would try next: the tests check that each one fails
        return _try_escape(options), []
    return {"echo_len": len(data)}, [data[::-1]]


def _open_fds() -> list[int]:
    """The descriptors open in this process (by fstat: /proc is outside the child's confinement)."""
    out = []
    for fd in range(1024):
        try:
            os.fstat(fd)
        except OSError:
            continue
        out.append(fd)
    return out


def _try_escape(options: dict[str, Any]) -> dict[str, Any]:
    """Try to read each path in ``read``, write ``write`` (a file name, in the working folder), connect to
    127.0.0.1:``port`` and start ``/bin/true``: the outcome of each, ``"ok"`` or the error's name."""
    import socket

    def attempt(fn: Callable[[], object]) -> str:
        try:
            fn()
        except OSError as exc:
            return errno_name(exc)
        return "ok"

    def read(path: str) -> None:
        with open(path, "rb") as fh:
            fh.read(16)

    def write(name: str) -> None:
        with open(name, "wb") as fh:
            fh.write(b"written inside the working folder")

    def connect(port: int) -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(b"leaked")

    def start() -> None:
        pid = os.posix_spawn("/bin/true", ["/bin/true"], {})
        os.waitpid(pid, 0)

    out: dict[str, Any] = {
        "read": {str(p): attempt(functools.partial(read, str(p))) for p in options.get("read", [])}
    }
    if options.get("write"):
        out["write"] = attempt(lambda: write(str(options["write"])))
    if options.get("port"):
        out["connect"] = attempt(lambda: connect(int(options["port"])))
    if options.get("exec") and os.path.exists("/bin/true"):
        out["exec"] = attempt(start)
    return out


def errno_name(exc: OSError) -> str:
    import errno

    return errno.errorcode.get(exc.errno or 0, type(exc).__name__)


TASKS: dict[str, Task] = {
    "normalise": _task_normalise,
    "render": _task_render,
    "text": _task_text,
    "selftest": _task_selftest,
}

UNKNOWN_TASK = "the file-reading process was asked for a task it does not have, so it read nothing"


def _task_for(line: bytes) -> tuple[Task | None, dict[str, Any]]:
    """The registered task a request line names, and its options; (None, {}) for anything else."""
    try:
        request = json.loads(line.decode())
    except (UnicodeDecodeError, ValueError):
        return None, {}
    if not isinstance(request, dict):
        return None, {}
    name, options = request.get("task"), request.get("options") or {}
    if not isinstance(name, str) or name not in TASKS or not isinstance(options, dict):
        return None, {}
    return TASKS[name], options


def child_main() -> int:
    """Entry point of the child: one request on stdin, one answer on stdout."""
    logging.disable(logging.CRITICAL)
    apply_limits()
    import pikepdf  # noqa: F401 - loaded before the file arrives (an idle child waits here, ready)
    from PIL import Image  # noqa: F401

    register_heif()
    started = time.perf_counter()
    confinement: dict[str, Any] = dict(
        confine()
    )  # before the file's first byte: no files outside, no network
    confinement["ms"] = round((time.perf_counter() - started) * 1000, 2)
    stdin = sys.stdin.buffer
    line = stdin.readline()
    if not line.strip():  # the app closed without sending a file
        return 0
    task, options = _task_for(line)
    data = stdin.read()
    payloads: list[bytes] = []
    if task is None:
        header: dict[str, Any] = {"ok": False, "reason": UNKNOWN_TASK}
    else:
        try:
            header, payloads = task(data, options)
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
    header["peak_rss_mb"] = _peak_rss_mb()
    header["confinement"] = confinement
    write_answer(sys.stdout.buffer, header, payloads)
    return 0


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:
        return 0.0
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


if __name__ == "__main__":
    sys.exit(child_main())
