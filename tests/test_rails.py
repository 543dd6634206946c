"""The test rails themselves: an undeclared WARNING log or Qt warning fails a test; a declared one does not."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

# the project's log-fail fixture and marker registration, in a throw-away test folder
INNER_CONFTEST = "from tests.conftest import _fail_on_unexpected_logs, pytest_configure  # noqa: F401\n"
# the inner runs are in-process: their records reach this test's own log-fail handler too
pytestmark = pytest.mark.allow_error_logs


@pytest.fixture
def inner(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makeini("[pytest]\nqt_log_level_fail = WARNING\n")
    return pytester


def test_undeclared_warning_log_fails_the_test(inner: pytest.Pytester) -> None:
    inner.makepyfile("""
        import logging

        def test_it():
            logging.getLogger("parole_desktop.some").warning("the disk is nearly full")
    """)
    result = inner.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(
        ["*unexpected log records: WARNING parole_desktop.some: the disk is nearly full*"]
    )


def test_declared_warning_log_passes(inner: pytest.Pytester) -> None:
    inner.makepyfile("""
        import logging
        import pytest

        def test_block(caplog):
            with caplog.at_level(logging.WARNING, logger="parole_desktop.some"):
                logging.getLogger("parole_desktop.some").warning("expected")
            assert "expected" in caplog.text

        @pytest.mark.allow_warning_logs
        def test_marked():
            logging.getLogger("parole_desktop.some").warning("expected too")

        def test_info_is_fine():
            logging.getLogger("parole_desktop.some").info("just news")
    """)
    inner.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=3)


def test_warning_outside_the_declared_block_still_fails(inner: pytest.Pytester) -> None:
    inner.makepyfile("""
        import logging

        def test_it(caplog):
            with caplog.at_level(logging.WARNING, logger="parole_desktop.some"):
                pass
            logging.getLogger("parole_desktop.some").warning("not declared here")
    """)
    inner.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1, errors=1)


def test_error_log_needs_allow_error_logs(inner: pytest.Pytester) -> None:
    inner.makepyfile("""
        import logging
        import pytest

        @pytest.mark.allow_warning_logs
        def test_warning_marker_does_not_cover_errors():
            logging.getLogger("parole_desktop.some").error("broken")

        @pytest.mark.allow_error_logs
        def test_error_marker():
            logging.getLogger("parole_desktop.some").error("broken, and expected")
    """)
    inner.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2, errors=1)


def test_qt_warning_fails_the_test(inner: pytest.Pytester) -> None:
    inner.makepyfile("""
        from PySide6.QtCore import qWarning

        def test_it(qtbot):
            qWarning("a widget misused")
    """)
    result = inner.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*QtWarningMsg: a widget misused*"])


def test_project_ini_has_the_rails() -> None:
    import tomllib

    from tests.conftest import ROOT

    ini = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"
    ]
    assert ini["qt_log_level_fail"] == "WARNING"
    assert int(ini["faulthandler_timeout"]) > 0
    assert any(m.startswith("slow:") for m in ini["markers"])
    assert "error" in ini["filterwarnings"]
