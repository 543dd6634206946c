"""A lost laptop and careless clicks: owner-only files, no symlink games with vault folders, passphrases a
guesser needs more than a dictionary for, the demo vault never in the real vault's place, and backups
that never overwrite the live vault or a stranger's file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from parole_desktop.errors import UserError
from parole_desktop.paths import AppPaths
from parole_desktop.services import demo, roster, signoff
from parole_desktop.services.packets import export_packet
from parole_desktop.services.session import create_vault, open_vault, restore_backup, vault_exists
from parole_desktop.store import keys
from parole_desktop.store.backup import NeedsConfirmation
from tests.conftest import PASSPHRASE, ROOT

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.fixture
def loose_umask():
    """Run as if the user's umask were the common 022: every private mode must be set explicitly."""
    old = os.umask(0o022)
    yield
    os.umask(old)


# ---------------------------------------------------------------------------- permissions
@pytest.mark.slow
@posix_only
def test_vault_backup_and_export_are_owner_only(paths, tmp_path, loose_umask):
    s, _ = create_vault(paths, PASSPHRASE)
    try:
        demo.populate(s, 2)
        cid = s.list_cases()[0].id
        backup = tmp_path / "out" / "vault.pdbk"
        backup.parent.mkdir()
        s.backup(backup)
        export_packet(s, cid, tmp_path / "out" / "draft.pdf", draft=True)
        vault = paths.vault
        folders = [vault, vault / "attachments", vault / "tmp"]
        files = [
            vault / "vault.db",
            vault / "vault.keys",
            vault / "vault.lock",
            backup,
            tmp_path / "out" / "draft.pdf",
            *(vault / "attachments").iterdir(),
        ]
        assert len(files) > 6
        bad = [f"{p} {oct(_mode(p))}" for p in folders if _mode(p) != 0o700]
        bad += [f"{p} {oct(_mode(p))}" for p in files if _mode(p) & 0o077]
        assert bad == []
    finally:
        s.close()


@posix_only
def test_existing_vault_is_narrowed_on_open(paths, loose_umask):
    s, _ = create_vault(paths, PASSPHRASE)
    s.close()
    os.chmod(paths.vault, 0o755)
    os.chmod(paths.vault / "vault.db", 0o644)
    open_vault(paths, PASSPHRASE).close()
    assert _mode(paths.vault) == 0o700 and _mode(paths.vault / "vault.db") == 0o600


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_process_hardening_in_a_child(tmp_path):
    """umask 077, no core dumps, not dumpable: checked in a child so the test runner is not changed."""
    code = (
        "import os, resource, sys\n"
        "from parole_desktop.startup import harden_process, is_dumpable\n"
        "assert is_dumpable() is True\n"
        "missed = harden_process()\n"
        "open(sys.argv[1], 'w').write('x')\n"
        "print(missed, oct(os.umask(0o077)), resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "f")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    ).stdout.split()
    assert out == ["[]", "0o77", "(0,", "0)", "False"]
    assert _mode(tmp_path / "f") == 0o600


# ---------------------------------------------------------------------------- symlinked tmp
@posix_only
def test_symlinked_tmp_is_not_followed_at_unlock(paths, tmp_path):
    s, _ = create_vault(paths, PASSPHRASE)
    s.close()
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    (victim / "sub").mkdir()
    tmp = paths.vault / "tmp"
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    tmp.symlink_to(victim, target_is_directory=True)
    s = open_vault(paths, PASSPHRASE)
    try:
        assert (victim / "precious.txt").read_text() == "keep me" and (victim / "sub").is_dir()
        assert tmp.is_dir() and not tmp.is_symlink()
        assert s.vault.tmp_dir() == tmp
    finally:
        s.close()
    assert (victim / "precious.txt").exists()


def test_symlinked_portable_temp_is_not_followed(tmp_path):
    from parole_desktop.startup import _empty_folder

    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    link = tmp_path / "tmp"
    link.symlink_to(victim, target_is_directory=True)
    _empty_folder(link)
    assert (victim / "precious.txt").exists() and link.is_dir() and not link.is_symlink()


# ---------------------------------------------------------------------------- passphrases
@pytest.mark.parametrize(
    "weak",
    [
        "password",
        "password1",
        "aaaaaaaaaaaaaaaa",
        "12345678910",
        "qwertyuiop",
        "demo passphrase",
        "Demo Passphrase",
    ],
)
def test_weak_or_published_passphrases_are_refused(paths, weak):
    with pytest.raises(UserError):
        create_vault(paths, weak)
    assert not vault_exists(paths)


def test_strength_meter_uses_the_estimator():
    assert keys.passphrase_strength("aaaaaaaaaaaaaaaa")[0] < keys.MIN_STRENGTH
    assert keys.passphrase_strength("password")[0] == 0
    score, hint = keys.passphrase_strength("correct horse battery staple")
    assert score >= keys.MIN_STRENGTH and hint in ("Good.", "Strong.")
    assert "demo" in keys.passphrase_strength("demo passphrase")[1]
    assert keys.passphrase_strength("x" * 200)[0] >= 0  # beyond the estimator's length limit: no crash


def test_passwd_refuses_the_demo_passphrase(session):
    with pytest.raises(UserError, match="demo vault's published passphrase"):
        session.change_passphrase("demo passphrase")
    session.change_passphrase("a brand new passphrase")
    session.close()


# ---------------------------------------------------------------------------- demo vault
@pytest.mark.slow
def test_demo_vault_lives_in_its_own_folder(paths):
    with pytest.raises(UserError, match="demo folder"):
        demo.create_demo_vault(paths, 1)
    assert not vault_exists(paths)
    demo_paths = paths.for_demo()
    assert demo_paths.vault != paths.vault and demo_paths.demo
    assert demo.create_demo_vault(demo_paths, 3)
    assert not vault_exists(paths), "the real vault's place stays empty: the first real run creates one"
    s = open_vault(demo_paths, keys.DEMO_PASSPHRASE)
    try:
        from parole_desktop.store import roster as roster_store

        assert roster_store.is_demo(s.vault)
        r = roster.pinned_roster(s.vault)
        assert r.demo and "DEMO" in r.org_name
        [prof] = signoff.reviewers(s)
        member, why = signoff.reviewer_trust(s, prof)
        assert member is not None and why == ""
        # a demo organization's roster can never be pinned in a real vault
        real, _ = create_vault(paths, PASSPHRASE)
        with pytest.raises(UserError, match="demo organization"):
            roster.pin_roster(real.vault, r, expected_fingerprint=r.org_fingerprint, actor="x")
        real.close()
    finally:
        s.close()


def test_an_older_demo_vault_in_the_real_place_is_moved(paths):
    from parole_desktop.store.vault import Vault

    vault, _ = Vault.create(paths.vault, keys.DEMO_PASSPHRASE, demo=True)
    vault.close()
    demo.demo_marker(paths).write_text("demo passphrase\n")
    assert demo.move_legacy_demo(paths)
    assert not vault_exists(paths) and vault_exists(paths.for_demo())
    assert not demo.move_legacy_demo(paths)


# ---------------------------------------------------------------------------- backup and restore
def test_backup_never_over_the_live_vault(session, paths):
    before = (paths.vault / "vault.db").read_bytes()[:4096]
    for target in (paths.vault / "vault.db", paths.vault / "vault.keys", paths.vault / "backup.pdbk"):
        with pytest.raises(UserError, match="inside the vault folder"):
            session.backup(target)
        with pytest.raises(UserError, match="inside the vault folder"):
            session.backup(target, overwrite=True)
    assert (paths.vault / "vault.db").read_bytes()[:4096] == before
    assert session.audit_verify().ok


def test_backup_asks_before_replacing_a_stranger_file(session, tmp_path):
    other = tmp_path / "thesis.docx"
    other.write_bytes(b"two years of work")
    with pytest.raises(NeedsConfirmation, match="not a backup of this vault"):
        session.backup(other)
    assert other.read_bytes() == b"two years of work"
    mine = tmp_path / "vault.pdbk"
    session.backup(mine)
    session.backup(mine)  # an older backup of this same vault is replaced without asking
    session.backup(other, overwrite=True)  # the user confirmed
    assert other.read_bytes() != b"two years of work"


def test_restore_of_another_vault_names_both_and_asks(paths, tmp_path):
    other_paths = AppPaths(tmp_path / "other")
    o, _ = create_vault(other_paths, "other vault words 3")
    o.backup(tmp_path / "other.pdbk")
    other_id = o.vault.vault_id
    o.close()
    s, _ = create_vault(paths, PASSPHRASE)
    mine = s.vault.vault_id
    s.backup(tmp_path / "mine.pdbk")
    s.close()
    with pytest.raises(NeedsConfirmation) as info:
        restore_backup(paths, tmp_path / "other.pdbk", "other vault words 3")
    assert other_id in str(info.value) and mine in str(info.value)
    with open_vault(paths, PASSPHRASE) as still:
        assert still.vault.vault_id == mine
    restore_backup(paths, tmp_path / "mine.pdbk", PASSPHRASE)  # its own backup: no question
    kept = restore_backup(paths, tmp_path / "other.pdbk", "other vault words 3", other_vault_ok=True)
    assert kept is not None and (kept / "vault.keys").exists()
    with open_vault(paths, "other vault words 3") as s2:
        assert s2.vault.vault_id == other_id


@posix_only
@pytest.mark.allow_warning_logs  # the vault says it leaves a symlinked folder alone
def test_cleaning_never_follows_symlinked_vault_folders(paths, tmp_path):
    """attachments/ and backups/ replaced by links to other folders: unlock deletes nothing there."""
    s, _ = create_vault(paths, PASSPHRASE)
    s.close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    bait = [elsewhere / ("ab" * 16 + ".bin"), elsewhere / ".x.partial-1234", elsewhere / ".y.partial-abcd"]
    for f in bait:
        f.write_bytes(b"not the vault's")
    for name in ("attachments", "backups"):
        target = paths.vault / name
        if target.exists():
            target.rmdir()
        target.symlink_to(elsewhere, target_is_directory=True)
    open_vault(paths, PASSPHRASE).close()
    assert all(f.exists() for f in bait)


@posix_only
def test_data_folder_logs_and_settings_are_owner_only(tmp_path, loose_umask):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    paths = AppPaths(data)
    paths.ensure()
    assert {_mode(p) for p in (paths.data, paths.logs, paths.tmp)} == {0o700}
