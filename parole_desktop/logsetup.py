"""Logging to a rotating file in the log folder (and stderr for the CLI at WARNING and above)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


class RotatingLog(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler``'s rotation (``NAME`` → ``NAME.1`` … ``NAME.N`` when the next
    record would reach ``max_bytes``; the oldest is dropped), on ``logging.FileHandler`` alone: the GUI sets
    up logging before its first paint, and ``logging.handlers`` imports ``socket`` and ``pickle`` for its
    other handlers (~12 ms of a ~250 ms start on this machine, #22)."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        if backups < 1:
            raise ValueError("a rotating log keeps at least one backup")
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if self.max_bytes <= 0 or not os.path.isfile(self.baseFilename):
            return False
        self.stream.seek(0, os.SEEK_END)
        return bool(self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup_logging(log_dir: Path | None, *, verbose: bool = False, stderr: bool = True) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            fh = RotatingLog(log_dir / "parole-desktop.log", max_bytes=LOG_MAX_BYTES, backups=LOG_BACKUPS)
            fh.setFormatter(fmt)
            root.addHandler(fh)
        except OSError:
            logging.getLogger(__name__).warning("cannot write logs to %s", log_dir)
    if stderr:
        sh = logging.StreamHandler()
        sh.setLevel(logging.DEBUG if verbose else logging.WARNING)
        sh.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        root.addHandler(sh)


def redact(exc: BaseException) -> str:
    """What a log line may say about an error: its kind, never its message.

    Messages of expected errors name files, people and cases; the log folder is not encrypted, so a lost
    laptop must not reveal them there. The user sees the full message on screen.
    """
    return f"{type(exc).__module__}.{type(exc).__qualname__}"


def redacted_traceback(exc: BaseException) -> str:
    """A traceback for the log with the exception messages (which may hold case data) left out."""
    import traceback

    lines: list[str] = []
    for part in traceback.TracebackException.from_exception(exc).format():
        lines.append(part)
    chain: BaseException | None = exc
    messages = set()
    while chain is not None:
        if str(chain):
            messages.add(str(chain))
        chain = chain.__cause__ or chain.__context__
    text = "".join(lines)
    for message in sorted(messages, key=len, reverse=True):
        text = text.replace(message, f"<message withheld: {len(message)} characters>")
    return text
