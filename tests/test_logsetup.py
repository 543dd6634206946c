"""The log folder is not encrypted: error messages (which name people and files) never reach it."""

from __future__ import annotations

import logging

from parole_desktop.errors import UserError
from parole_desktop.logsetup import redact, redacted_traceback, setup_logging

NAME = "فرشته رحیمی"


def _raise_nested() -> None:
    try:
        raise UserError(f"Case 3 ({NAME}) still has 2 failing checks")
    except UserError as inner:
        raise RuntimeError(f"export of passport-{NAME}.jpg failed") from inner


def test_redact_names_the_kind_only():
    assert redact(UserError(f"no file “{NAME}.pdf”")) == "parole_desktop.errors.UserError"


def test_redacted_traceback_keeps_frames_drops_messages():
    try:
        _raise_nested()
    except RuntimeError as exc:
        text = redacted_traceback(exc)
    assert NAME not in text
    assert "_raise_nested" in text and "RuntimeError" in text and "UserError" in text
    assert "message withheld" in text


def test_gui_error_paths_log_no_case_data(qtbot, tmp_path):
    from parole_desktop.ui.dialogs import show_error

    setup_logging(tmp_path / "logs", stderr=False)
    try:
        box = show_error(None, UserError(f"Case 3 ({NAME}) still has 2 failing checks"))
        assert NAME in box.text()  # the user sees it
        box.close()
    finally:
        for h in list(logging.getLogger().handlers):
            if getattr(h, "baseFilename", "").startswith(str(tmp_path)):
                h.close()
                logging.getLogger().removeHandler(h)
    written = (tmp_path / "logs" / "parole-desktop.log").read_text(encoding="utf-8")
    assert "user error shown" in written and NAME not in written


def _write_lines(handler: logging.Handler, n: int) -> None:
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger(f"tests.rotation.{id(handler)}")
    logger.propagate, logger.level = False, logging.INFO
    logger.addHandler(handler)
    try:
        for i in range(n):
            logger.info("line %03d of the rotation test", i)  # 30 bytes with its newline
    finally:
        logger.removeHandler(handler)
        handler.close()


def test_the_log_rotates_like_rotating_file_handler_and_keeps_three_backups(tmp_path):
    """The log file rolls over to .1, .2, .3 before a record would take it to the size limit; the oldest
    backup is dropped, no line is split or lost between the file and the backups that remain; the files
    are byte for byte what the standard library's RotatingFileHandler writes."""
    import logging.handlers

    from parole_desktop.logsetup import RotatingLog

    ours, std = tmp_path / "ours", tmp_path / "std"
    ours.mkdir(), std.mkdir()
    _write_lines(RotatingLog(ours / "app.log", max_bytes=200, backups=3), 60)
    _write_lines(logging.handlers.RotatingFileHandler(std / "app.log", maxBytes=200, backupCount=3), 60)
    files = [ours / "app.log", *(ours / f"app.log.{n}" for n in (1, 2, 3))]
    assert all(f.is_file() for f in files) and not (ours / "app.log.4").exists()
    assert all(f.stat().st_size < 200 for f in files)
    for f in files:
        assert f.read_bytes() == (std / f.name).read_bytes(), f.name
    kept = [line for f in reversed(files) for line in f.read_text(encoding="utf-8").splitlines()]
    numbers = [int(line.split()[1]) for line in kept]
    assert numbers == list(range(36, 60))  # the newest lines, in order, each whole: 6 of 30 bytes a file


def test_the_gui_log_setup_does_not_import_logging_handlers():
    """What runs before the first paint (#22): logsetup alone pulls in neither logging.handlers nor socket."""
    import subprocess
    import sys

    code = "import sys, parole_desktop.logsetup; print('logging.handlers' in sys.modules, 'socket' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
