"""Shared fixtures: offscreen Qt, a guarded HOME, fast key derivation, a fresh vault per test."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

# Before anything can import PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings as hypothesis_settings

ROOT = Path(__file__).resolve().parent.parent

# A shared 2-core CI machine must not turn a slow example into a failure: no per-example deadline.
hypothesis_settings.register_profile("parole", deadline=None, derandomize=False)
hypothesis_settings.load_profile("parole")
FIXTURES = ROOT / "tests" / "fixtures"
# Every packet any test builds is scanned for active content and checked with qpdf (issue #14).
pytest_plugins = ["tests.packet.active_content"]


@pytest.fixture(autouse=True)
def _guard_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets an empty HOME and XDG folders; nothing may be written to the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("PAROLE_DESKTOP_PASSPHRASE", raising=False)
    monkeypatch.delenv("PAROLE_DESKTOP_REVIEWER_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def _fail_on_unexpected_errors(caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest):
    """Like qutebrowser's logfail: an ERROR log a test did not ask for fails it."""
    yield
    if request.node.get_closest_marker("allow_error_logs"):
        return
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    if errors:
        pytest.fail("unexpected ERROR log: " + "; ".join(r.getMessage() for r in errors))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "allow_error_logs: the test expects ERROR log records")
    config.addinivalue_line("markers", "real_kdf: use the production Argon2id cost")
    sys.dont_write_bytecode = True


FAST_KDF_ARGS = {"memory_kib": 1024, "iterations": 1, "lanes": 1}


@pytest.fixture(autouse=True)
def _fast_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at 64 MiB costs ~0.2 s per unlock; tests use a cheap cost unless marked ``real_kdf``."""
    if request.node.get_closest_marker("real_kdf"):
        return
    from parole_desktop.store import keys

    fast = keys.KdfParams(**FAST_KDF_ARGS)
    monkeypatch.setattr(keys, "DEFAULT_KDF", fast)
    try:
        from parole_desktop.services import signoff

        monkeypatch.setattr(signoff, "REVIEWER_KDF", fast)
    except ImportError:  # pragma: no cover - before the services exist
        pass


@pytest.fixture
def paths(tmp_path: Path):
    from parole_desktop.paths import AppPaths

    return AppPaths(tmp_path / "data")


PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def session(paths):
    """A fresh, empty vault per test (readiness checks attached), closed afterwards."""
    from parole_desktop.services.session import create_vault

    s, recovery = create_vault(paths, PASSPHRASE, actor="tester")
    s.recovery_key = recovery  # type: ignore[attr-defined]
    try:
        from parole_desktop.services.checks import attach_checks

        attach_checks(s)
    except ImportError:  # pragma: no cover
        pass
    yield s
    if not s.closed:
        s.close()
