"""The hub tests' server fixture: without pouchdb-server the hub tests skip on a developer's machine and
fail under CI (``CI`` or ``PAROLE_CI`` set), so a CI run can never pass by skipping them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.reliability.conftest import ROOT

pytestmark = pytest.mark.slow
ONE = "tests/hub/test_hub.py::test_init_is_idempotent_and_says_what_it_did"


def _run(**env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("CI", "PAROLE_CI")}
    base.update(env, PAROLE_POUCHDB_SERVER="/nonexistent/pouchdb-server", QT_QPA_PLATFORM="offscreen")
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0", "-rs", ONE]
    return subprocess.run(args, cwd=ROOT, env=base, capture_output=True, text=True, timeout=300)


def test_a_missing_server_skips_on_a_developers_machine() -> None:
    r = _run()
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 skipped" in r.stdout and "pouchdb-server is not installed" in r.stdout


@pytest.mark.parametrize("var", ["CI", "PAROLE_CI"])
def test_a_missing_server_fails_under_ci(var: str) -> None:
    r = _run(**{var: "true"})
    assert r.returncode == 1, r.stdout + r.stderr
    assert "under CI a missing hub test server is a failure" in r.stdout
