"""Key rotation when a passphrase may be known: a new master key (database re-keyed, every attachment
re-encrypted, resumable after a kill) and a new recovery key; old key files and recovery keys stop working."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys

import pytest

from parole_desktop.errors import StorageError, UserError, WrongPassphrase
from parole_desktop.services import signoff, signoff_state
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import open_vault
from parole_desktop.store.keys import KeyFile
from tests.conftest import FAST_KDF_ARGS, PASSPHRASE, ROOT
from tests.services.roster_helpers import enrol

REVIEWER_PW = "reviewer passphrase 1"


def _all_evidence_reads(s) -> int:
    n = 0
    for row in s.list_cases(limit=100):
        for ev in s.load_case(row.id).evidence:
            assert hashlib.sha256(s.read_evidence(ev)).hexdigest() == ev.sha256
            n += 1
    return n


def test_rotation_revokes_old_key_files_and_recovery_keys(demo_session, paths, tmp_path):
    session = demo_session(4)
    cid = next(
        r.id for r in session.list_cases() if r.status == "ready_for_review" and r.family_group_id is None
    )
    prof = signoff.create_reviewer(session, "Amira Solis", "attorney", REVIEWER_PW, number="CA-1")
    enrol(session, prof.id, REVIEWER_PW)
    pending = signoff.pending_warnings(session, cid)
    signoff.sign_off(
        session,
        cid,
        prof.id,
        REVIEWER_PW,
        accepted_warnings={p.rule_id: f"Synthetic test case, weighed: {p.messages[0]}" for p in pending},
    )
    old_recovery = session.recovery_key
    stolen_keys = tmp_path / "stolen.keys"
    shutil.copy2(paths.vault / "vault.keys", stolen_keys)
    before = _all_evidence_reads(session)
    with pytest.raises(UserError):
        session.vault.start_key_rotation("not the passphrase at all")
    new_recovery = session.vault.start_key_rotation(PASSPHRASE)
    assert session.vault.rotation_pending
    assert _all_evidence_reads(session) == before  # readable half-way (old and new key both known)
    files = session.vault.continue_key_rotation()
    assert files == len(list((paths.vault / "attachments").glob("*.bin"))) > 0
    assert not session.vault.rotation_pending and _all_evidence_reads(session) == before
    assert session.audit_verify().ok
    assert signoff_state.signoff_problem(session, session.load_case(cid)) == ""  # audit MAC key kept
    session.close()
    # the thief's copy of the old key file + the known passphrase: the database no longer opens
    shutil.copy2(paths.vault / "vault.keys", tmp_path / "current.keys")
    shutil.copy2(stolen_keys, paths.vault / "vault.keys")
    with pytest.raises(StorageError):
        open_vault(paths, PASSPHRASE)
    shutil.copy2(tmp_path / "current.keys", paths.vault / "vault.keys")
    with pytest.raises(WrongPassphrase):
        open_vault(paths, recovery_key=old_recovery)
    with open_vault(paths, recovery_key=new_recovery) as s:
        assert _all_evidence_reads(s) == before and s.audit_verify().ok
    assert "rotation" not in KeyFile.load(paths.vault / "vault.keys").data


def test_recovery_key_rotation(session, paths):
    old = session.recovery_key
    new = session.vault.rotate_recovery_key()
    session.close()
    with pytest.raises(WrongPassphrase):
        open_vault(paths, recovery_key=old)
    open_vault(paths, recovery_key=new).close()
    open_vault(paths, PASSPHRASE).close()


def test_rotation_cancelled_half_way_finishes_at_next_unlock(demo_session, paths):
    session = demo_session(4)
    before = _all_evidence_reads(session)
    session.vault.start_key_rotation(PASSPHRASE)
    calls = []
    session.vault.continue_key_rotation(
        cancelled=lambda: len(calls) >= 3, progress=lambda i, n: calls.append(i)
    )
    assert session.vault.rotation_pending
    session.close()
    with open_vault(paths, PASSPHRASE) as s:  # finishes while opening
        assert not s.vault.rotation_pending and _all_evidence_reads(s) == before
        assert any(e.action == "rotate_keys" and e.detail.startswith("finished") for e in s.audit_entries())


def test_rekey_interrupted_before_the_key_file_is_updated_is_undone(demo_session, paths):
    """Killed right after the database was re-keyed, before the key file names the new key."""
    from parole_desktop.store.keys import subkey

    session = demo_session(2)
    before = _all_evidence_reads(session)
    v = session.vault
    new = os.urandom(32)
    v.keyfile.begin_rotation(v._master, new)
    v.keyfile.save(v.files.keys)
    v.db.execute(f"PRAGMA rekey = \"x'{subkey(new, 'database').hex()}'\"")
    session.close()  # the "kill"
    with open_vault(paths, PASSPHRASE) as s:
        assert _all_evidence_reads(s) == before and s.audit_verify().ok
    assert KeyFile.load(paths.vault / "vault.keys").rotation_state == ""


CHILD = """
import os, sys
from parole_desktop.paths import AppPaths
from parole_desktop.services.session import open_vault
from parole_desktop.store import keys
keys.DEFAULT_KDF = keys.KdfParams(**{kdf})
from pathlib import Path
s = open_vault(AppPaths(Path(sys.argv[1])), sys.argv[2])
print(s.vault.start_key_rotation(sys.argv[2]), flush=True)
def progress(i, n):
    if i == 3:
        os._exit(9)  # killed half-way through the files
s.vault.continue_key_rotation(progress=progress)
"""


def test_rotation_killed_in_a_child_process_resumes(demo_session, paths, tmp_path):
    session = demo_session(4)
    (tmp_path / "big.pdf").write_bytes(minimal_pdf(["x"]) + os.urandom(3 * 1024 * 1024))  # a multi-chunk file
    session.add_evidence(session.list_cases()[0].id, tmp_path / "big.pdf", kind="other", title="Big")
    before = _all_evidence_reads(session)
    session.close()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD.format(kdf=FAST_KDF_ARGS), str(paths.data), PASSPHRASE],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert proc.returncode == 9, proc.stderr
    new_recovery = proc.stdout.strip()
    assert KeyFile.load(paths.vault / "vault.keys").rotation_state == "attachments"
    with open_vault(paths, recovery_key=new_recovery) as s:
        assert _all_evidence_reads(s) == before and s.audit_verify().ok
        assert not s.vault.rotation_pending


@pytest.mark.slow
def test_cli_rotates_keys_and_recovery(tmp_path, monkeypatch, capsys):
    from parole_desktop.cli import main

    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "init"]) == 0
    first = capsys.readouterr().out.strip().splitlines()[-1].strip()
    assert main(["--data-dir", data, "demo", "--cases", "2"]) == 0
    assert main(["--data-dir", data, "keys", "rotate"]) == 0
    out = capsys.readouterr().out
    rotated = next(ln.strip() for ln in out.splitlines() if ln.startswith("    "))
    assert "Re-encrypted" in out and rotated != first
    assert main(["--data-dir", data, "keys", "new-recovery"]) == 0
    newest = capsys.readouterr().out.strip().splitlines()[-1].strip()
    monkeypatch.delenv("PAROLE_DESKTOP_PASSPHRASE")
    for stale in (first, rotated):
        monkeypatch.setenv("PAROLE_DESKTOP_RECOVERY_KEY", stale)
        assert main(["--data-dir", data, "passwd", "--recovery"]) == 2
    monkeypatch.setenv("PAROLE_DESKTOP_RECOVERY_KEY", newest)
    monkeypatch.setenv("PAROLE_DESKTOP_NEW_PASSPHRASE", "a brand new passphrase")
    assert main(["--data-dir", data, "passwd", "--recovery"]) == 0
    assert "keys rotate" in capsys.readouterr().out  # offered when a passphrase may be known
