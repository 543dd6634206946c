"""Shared fixtures: offscreen Qt, a guarded HOME, fast key derivation, a fresh vault per test."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture(scope="session", autouse=True)
def _translations_built() -> None:
    """The interface catalogs (.qm) built from resources/i18n/*.ts and the core's (.mo) from
    resources/i18n/core/*.po, as every build does (never committed)."""
    import subprocess

    subprocess.run([sys.executable, str(ROOT / "packaging" / "i18n.py"), "build"], check=True, cwd=ROOT)


@pytest.fixture(autouse=True)
def _guard_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets an empty HOME and XDG folders; nothing may be written to the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("PAROLE_DESKTOP_PASSPHRASE", raising=False)
    monkeypatch.delenv("PAROLE_DESKTOP_REVIEWER_PASSPHRASE", raising=False)
    # the CLI follows the user's language (LANGUAGE first): tests read English whatever the machine's locale
    monkeypatch.setenv("LANGUAGE", "en")
    return home


@pytest.fixture(autouse=True)
def _core_language_english() -> Iterator[None]:
    """The core's language is process-wide (the CLI and the GUI switch set it): every test starts and ends
    in English."""
    from parole_desktop import l10n

    l10n.set_language(l10n.DEFAULT)
    yield
    l10n.set_language(l10n.DEFAULT)


class _LogFailHandler(logging.Handler):
    """Collects WARNING-and-above records, each marked whether the test declared it expected it.

    After qutebrowser's ``tests/helpers/logfail.py``: a record is expected when the test raised the
    capture to exactly its level with ``caplog.at_level(level)`` or ``caplog.at_level(level, logger=name)``
    while it was logged (so the declaration covers only the code inside the ``with``).
    """

    def __init__(self, caplog_handler: logging.Handler) -> None:
        super().__init__(logging.WARNING)
        self._caplog_handler = caplog_handler
        self.unexpected: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        declared = {self._caplog_handler.level}
        if record.name != "root":  # the root logger's own level is WARNING by default: not a declaration
            declared.add(logging.getLogger(record.name).level)
        if record.levelno not in declared:
            self.unexpected.append(record)


@pytest.fixture(autouse=True)
def _fail_on_unexpected_logs(caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest):
    """A WARNING or ERROR log a test did not declare fails it (markers ``allow_warning_logs`` and
    ``allow_error_logs`` declare them for a whole test, ``caplog.at_level`` for a block)."""
    handler = _LogFailHandler(caplog.handler)
    root = logging.getLogger()
    handlers_before, level_before = list(root.handlers), root.level
    root.addHandler(handler)
    try:
        yield
    finally:
        # the CLI's setup_logging adds handlers (one on the stderr pytest captured for this test only)
        # and lowers the root level: undo both, so no later test logs into a closed stream
        for h in list(root.handlers):
            if h not in handlers_before:
                root.removeHandler(h)
                if h is not handler:
                    h.close()
        root.setLevel(level_before)
    allowed = logging.WARNING
    if request.node.get_closest_marker("allow_error_logs"):
        allowed = logging.CRITICAL
    elif request.node.get_closest_marker("allow_warning_logs"):
        allowed = logging.ERROR
    bad = [r for r in handler.unexpected if r.levelno >= allowed]
    if bad:
        pytest.fail(
            "unexpected log records: " + "; ".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in bad),
            pytrace=False,
        )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "allow_error_logs: the test expects ERROR (and WARNING) log records")
    config.addinivalue_line("markers", "allow_warning_logs: the test expects WARNING log records")
    config.addinivalue_line("markers", "real_kdf: use the production Argon2id cost")
    sys.dont_write_bytecode = True


ON_DEMAND = ("benchmark", "soak")


# A test that starts from a vault full of demo exhibits (or a signed packet) is slow by construction: the
# vault is built once per worker, in seconds, by whichever such test comes first.
SLOW_FIXTURES = frozenset({"vault_copy", "demo_session"})


@pytest.hookimpl(tryfirst=True)  # before pytest's own -m deselection reads the markers
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests using ``SLOW_FIXTURES`` are marked ``slow``. Benchmarks and soak tests run only when ``-m`` names
    them (``make bench`` passes ``-m benchmark``), so the everyday ``pytest`` and the quick
    ``pytest -m "not slow"`` both leave them out."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    expr = config.getoption("markexpr") or ""
    skip = [m for m in ON_DEMAND if m not in expr]
    if not skip:
        return
    keep, drop = [], []
    for item in items:
        (drop if any(item.get_closest_marker(m) for m in skip) else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


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


# Vaults built once per run and copied into each test: populating one probes every synthetic exhibit in the
# sandbox child (a process each, ~0.1 s) and a final packet takes seconds to build and sign, which made vault
# fixtures cost seconds per test.
_TEMPLATES: dict[object, tuple[Path, Any, str]] = {}


@pytest.fixture
def vault_copy(paths: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Any]]:
    """``vault_copy(key, build)`` -> ``(session, extra)``: a fresh vault in this test's data folder, copied from
    one that ``build(session, folder)`` filled once per run (``key`` names it; ``extra`` is what ``build``
    returned; ``folder`` is where ``build`` may leave files, such as a packet, that stay the template's).

    The session is what the ``session`` fixture gives (actor "tester", checks attached, ``recovery_key`` set).
    Every copy has the same passphrase, master key and vault id: a test that needs two different vaults
    creates the second itself."""
    from parole_desktop.paths import AppPaths
    from parole_desktop.services.checks import attach_checks
    from parole_desktop.services.session import create_vault, open_vault

    opened: list[Any] = []

    def make(key: object, build: Callable[[Any, Path], Any]) -> tuple[Any, Any]:
        if key not in _TEMPLATES:
            folder = tmp_path_factory.mktemp("vault-template")
            data = AppPaths(folder / "data")
            s, recovery = create_vault(data, PASSPHRASE, actor="tester")
            try:
                attach_checks(s)
                extra = build(s, folder)
            finally:
                s.close()
            _TEMPLATES[key] = (data.vault, extra, recovery)
        template, extra, recovery = _TEMPLATES[key]
        shutil.copytree(template, paths.vault, ignore=shutil.ignore_patterns("vault.lock", "tmp"))
        s = open_vault(paths, PASSPHRASE, actor="tester")
        s.recovery_key = recovery
        attach_checks(s)
        opened.append(s)
        return s, extra

    yield make
    for s in opened:
        if not s.closed:
            s.close()


@pytest.fixture
def demo_session(vault_copy: Callable[..., Any]) -> Callable[..., Any]:
    """``demo_session(n, today=None)``: a fresh vault holding what ``populate(session, n, today=today)`` adds
    (its case ids in ``session.demo_ids``), from a template populated once per run."""
    from parole_desktop.services.demo import populate

    def make(n_cases: int, *, today: dt.date | None = None) -> Any:
        s, ids = vault_copy(("demo", n_cases, today), lambda s, _folder: populate(s, n_cases, today=today))
        s.demo_ids = list(ids)
        return s

    return make


# Evidence that, with tests/fixtures/cases/medical_uscis_complete.json, leaves no failing check.
COMPLETE_CASE_KINDS = (
    "identity_document",
    "requestor_identity",
    "supporter_identity",
    "supporter_financial",
    "fee_payment",
    "photos",
    "physician_letter",
    "us_provider_acceptance",
    "treatment_cost_plan",
)


@pytest.fixture
def complete_case(session: Any, tmp_path: Path) -> int:
    """The id of a stored USCIS medical case with one synthetic PDF per required evidence kind: no failing
    check (asserted), ready for sign-off and a final packet."""
    from parole_desktop.domain.enums import Severity
    from parole_desktop.services import case_json
    from parole_desktop.services.checks import run_checks
    from parole_desktop.services.demo import minimal_pdf

    case = case_json.load_file(FIXTURES / "cases" / "medical_uscis_complete.json")
    case.evidence = []
    case = session.save_case(case)
    for kind in COMPLETE_CASE_KINDS:
        f = tmp_path / f"{kind}.pdf"
        f.write_bytes(minimal_pdf([f"{kind} (synthetic)"]))
        # the fee document names its form, the case's payment method (HP-FEE-05)
        title = "Form G-1450 (card payment)" if kind == "fee_payment" else kind.replace("_", " ").capitalize()
        session.add_evidence(case.id, f, kind=kind, title=title)
    fails = [f.rule_id for f in run_checks(session, case.id).findings if f.severity == Severity.FAIL]
    assert fails == []
    return int(case.id)
