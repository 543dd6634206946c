"""The hub password is never in argv, the process listing or the log (#23 item 6): a real ``hub push`` and
``hub pull`` run as processes with the password in the environment, at debug log level; while they run the
process table is read (every /proc/*/cmdline), and afterwards every log file and the output are scanned."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parole_desktop.cli import main
from parole_desktop.paths import AppPaths
from parole_desktop.services.session import create_vault
from tests.conftest import PASSPHRASE
from tests.exchange.laptops import laptops
from tests.hub.fixtures import HubDb
from tests.reliability.conftest import ROOT

pytestmark = pytest.mark.slow
PASSWORD = "Synthetic-Hub-Secret-5mZq"  # this test's own site user


def _process_table() -> bytes:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                out.append((d / "cmdline").read_bytes())
            except OSError:
                continue
    return b"\n".join(out)


def test_the_password_is_never_in_argv_the_process_list_or_the_logs(hubdb: HubDb, tmp_path: Path) -> None:
    hubdb.server.add_site("site-secret", PASSWORD)
    _org, (s,) = laptops(tmp_path, ("laptop",))
    data = tmp_path / "laptop"
    s.new_case("Farishta", "Rahimi")
    s.close()
    env = dict(
        os.environ,
        PAROLE_DESKTOP_PASSPHRASE=PASSPHRASE,
        PAROLE_HUB_USER="site-secret",
        PAROLE_HUB_PASSWORD=PASSWORD,
    )
    seen = b""
    outputs = b""
    for cmd in ("push", "pull"):
        args = [
            sys.executable,
            "-m",
            "parole_desktop",
            "--data-dir",
            str(data),
            "-v",
            "hub",
            cmd,
            hubdb.url.url,
        ]
        proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        while proc.poll() is None:
            seen += _process_table()
            time.sleep(0.02)
        out, err = proc.communicate()
        assert proc.returncode == 0, err.decode()
        outputs += out + err
    assert b"hub" in seen and str(data).encode() in seen  # the table was read while the commands ran
    assert PASSWORD.encode() not in seen
    logs = b"".join(p.read_bytes() for p in AppPaths(data).logs.rglob("*") if p.is_file())
    assert b"hub push:" in logs and b"hub pull:" in logs  # the commands did log
    assert PASSWORD.encode() not in logs
    assert PASSWORD.encode() not in outputs


def test_a_url_with_a_password_is_refused_and_the_password_not_repeated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "laptop"
    create_vault(AppPaths(data), PASSPHRASE, actor="tester")[0].close()
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    for cmd in ("push", "pull", "init"):
        rc = main(["--data-dir", str(data), "hub", cmd, f"https://site2:{PASSWORD}@hub.example.org/parole"])
        out = capsys.readouterr()
        assert rc == 2
        assert "has a password in it" in out.err and "PAROLE_HUB_PASSWORD" in out.err
        assert PASSWORD not in out.err + out.out
    logs = b"".join(p.read_bytes() for p in AppPaths(data).logs.rglob("*") if p.is_file())
    assert PASSWORD.encode() not in logs


def test_missing_credentials_are_named_before_anything_is_sent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "laptop"
    create_vault(AppPaths(data), PASSPHRASE, actor="tester")[0].close()
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("PAROLE_HUB_USER", raising=False)
    rc = main(["--data-dir", str(data), "hub", "push", "https://hub.example.org/parole"])
    assert rc == 2 and "Set PAROLE_HUB_USER" in capsys.readouterr().err
    rc = main(["--data-dir", str(data), "hub", "init", "https://hub.example.org/parole"])
    assert rc == 2 and "Set PAROLE_HUB_ADMIN_USER" in capsys.readouterr().err
    rc = main(["--data-dir", str(data), "hub", "pull", "http://hub.example.org/parole"])
    assert rc == 2 and "must be reached over https" in capsys.readouterr().err
