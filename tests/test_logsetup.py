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
