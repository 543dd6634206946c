"""The self-test that runs in every frozen build, run here from source (fast KDF from conftest)."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pytest

from parole_desktop import cli, selftest, startup
from parole_desktop.paths import AppPaths


@pytest.mark.slow
def test_selftest_passes_and_cleans_up(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    out = io.StringIO()
    assert selftest.run_selftest(paths, out) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[-1].startswith("self-test passed")
    for step in (
        "create vault",
        "file-reading child: confined",
        "Arabic-script case",
        "search",
        "sign-off",
        "final packet",
        "verify packet",
        "backup",
        "restore",
        "audit log",
    ):
        assert any(ln.startswith(f"ok   {step}") for ln in lines), step
    assert not list(paths.data.glob("self-test-*")), "the throw-away vault was not removed"


@pytest.mark.slow
@pytest.mark.allow_error_logs
def test_selftest_reports_the_failing_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parole_desktop.services import packets

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(packets, "export_packet", broken)
    out = io.StringIO()
    assert selftest.run_selftest(AppPaths(tmp_path / "data"), out) == 1
    assert "FAIL final packet: RuntimeError: boom" in out.getvalue()


@pytest.mark.skipif(
    os.name == "nt" or (hasattr(os, "geteuid") and os.geteuid() == 0), reason="root ignores file permissions"
)
def test_read_only_data_folder_gives_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert cli.main(["--self-test", "--data-dir", str(ro / "data")]) == 2
        assert "cannot write to its data folder" in capsys.readouterr().err
    finally:
        ro.chmod(stat.S_IRWXU)


def test_prepare_data_folder_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same check without relying on permissions (root ignores them): a file where the folder should be."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    msg = startup.prepare_data_folder(AppPaths(blocker / "data", portable=True))
    assert "cannot write to its data folder" in msg and "--data-dir" in msg


def test_portable_temp_goes_to_data_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    paths = AppPaths(tmp_path / "data", portable=True)
    paths.ensure()
    (paths.tmp / "left-over").write_text("x")
    for var in (
        "TMPDIR",
        "TEMP",
        "TMP",
        "XDG_CACHE_HOME",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
    ):
        monkeypatch.setenv(var, "restored-after-the-test")
    monkeypatch.setattr(tempfile, "tempdir", None)
    registered: list[object] = []
    monkeypatch.setattr(startup.atexit, "register", lambda fn, *a: registered.append((fn, a)))
    startup.use_private_temp(paths)
    assert not (paths.tmp / "left-over").exists(), "data/tmp is emptied at start"
    assert Path(tempfile.gettempdir()) == paths.tmp
    assert os.environ["TMPDIR"] == str(paths.tmp)
    if sys.platform.startswith("linux"):
        assert os.environ["XDG_CACHE_HOME"].startswith(str(paths.data))
    with tempfile.NamedTemporaryFile(delete=False) as fh:
        assert Path(fh.name).parent == paths.tmp
    fn, args = registered[0]  # type: ignore[misc]
    fn(*args)  # type: ignore[operator]
    assert not any(paths.tmp.iterdir()), "data/tmp is emptied at exit"


def test_not_portable_leaves_temp_alone(tmp_path: Path) -> None:
    import tempfile

    before = tempfile.gettempdir()
    startup.use_private_temp(AppPaths(tmp_path / "data"))
    assert tempfile.gettempdir() == before


@pytest.mark.slow
@pytest.mark.parametrize("entry", ["gui", "cli"])
def test_both_executables_start_the_self_test_the_same_way(
    entry: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One start-up (selftest.start_selftest): a data folder that cannot be made is exit 2 with the message;
    otherwise the self-test runs with its log file in the data folder. The CLI runs the real self-test; for
    the GUI executable a one-line stand-in keeps the suite quick (the steps are the same code)."""
    from parole_desktop import app

    main = app.main if entry == "gui" else cli.main
    if entry == "gui":

        def stand_in(paths: AppPaths) -> int:
            selftest.log.info("self-test: self-test passed (stand-in) in %s", paths.data)
            print("self-test passed")
            return 0

        monkeypatch.setattr(selftest, "run_selftest", stand_in)
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    assert main(["--self-test", "--data-dir", str(blocker / "data")]) == 2
    assert "error:" in capsys.readouterr().err
    data = tmp_path / "data"
    assert main(["--self-test", "--data-dir", str(data)]) == 0
    assert "self-test passed" in capsys.readouterr().out
    assert "self-test: self-test passed" in (data / "logs" / "parole-desktop.log").read_text(encoding="utf-8")
