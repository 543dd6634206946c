"""Logging to a rotating file in the log folder (and stderr for the CLI at WARNING and above)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def setup_logging(log_dir: Path | None, *, verbose: bool = False, stderr: bool = True) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            fh = logging.handlers.RotatingFileHandler(
                log_dir / "parole-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
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
