"""A real ENOSPC (a small tmpfs mounted by the test) and a vanished folder, during every kind of write.

Each must give a clear StorageError (UserError for a file over the size limit), leave the vault intact,
leave no partial file, and work on retry once space is back."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import StorageError, UserError
from parole_desktop.paths import AppPaths
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.packets import export_packet
from parole_desktop.services.session import create_vault, open_vault
from parole_desktop.store.sqlcipher import integrity_ok
from tests.conftest import PASSPHRASE
from tests.reliability.conftest import fill, partials, summary, tmpfs


def _person(given: str) -> Case:
    return Case(people=[Person(role=Role.BENEFICIARY, given_name=given, family_name="Kovalenko")])


def _intact(paths: AppPaths, cases: int, evidence: int) -> None:
    with open_vault(paths, PASSPHRASE) as s:
        ok, why = integrity_ok(s.vault.db)
        assert ok, why
        assert s.audit_verify().ok
        assert s.count_cases() == cases
        n = s.vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0]
        assert n == evidence
        assert s.vault.attachments.ids() == {
            r[0] for r in s.vault.db.execute("SELECT attachment_id FROM evidence")
        }
        for aid, sha in s.vault.db.execute("SELECT attachment_id, sha256 FROM evidence").fetchall():
            assert s.vault.attachments.verify(aid, sha)
    assert not partials(paths.vault)


def _exhibit(tmp: Path, size: int) -> Path:
    p = tmp / f"scan-{size}.pdf"
    p.write_bytes(minimal_pdf(["scan"]) + b"\n%" + os.urandom(size))
    return p


@pytest.mark.slow
def test_disk_full_during_save_and_attach(tmp_path):
    with tmpfs(tmp_path / "mnt", "6m") as mnt:
        paths = AppPaths(mnt / "data")
        s, _ = create_vault(paths, PASSPHRASE)
        cid = int(s.save_case(_person("Anna")).id or 0)
        s.add_evidence(cid, _exhibit(tmp_path, 20_000), kind="other")
        filler = fill(mnt)
        # 1. a save that needs new pages
        case = s.load_case(cid)
        case.statement = "x" * 400_000
        with pytest.raises(StorageError, match="full"):
            s.save_case(case)
        # 2. an attachment import
        big = _exhibit(tmp_path, 3_000_000)
        with pytest.raises(StorageError, match="disk is full"):
            s.add_evidence(cid, big, kind="other")
        assert not partials(paths.vault)
        # 3. retry after freeing space
        filler.unlink()
        s.save_case(case)
        s.add_evidence(cid, big, kind="other")
        s.close()
        _intact(paths, cases=1, evidence=2)
        with open_vault(paths, PASSPHRASE) as s2:
            assert s2.load_case(cid).statement == "x" * 400_000
    summary(
        "disk full (tmpfs) during case save and attachment import",
        2,
        "StorageError 'the disk is full'; vault intact; both retried fine after freeing space",
    )


def _noise_jpeg(tmp: Path) -> Path:
    from PIL import Image

    p = tmp / "noise.jpg"
    Image.frombytes("RGB", (1200, 1200), os.urandom(1200 * 1200 * 3)).save(p, "JPEG", quality=95)
    return p


@pytest.mark.slow
def test_disk_full_during_backup_and_packet(tmp_path, session):
    cid = int(session.save_case(_person("Bohdan")).id or 0)
    session.add_evidence(cid, _noise_jpeg(tmp_path), kind="other")  # ~2 MB that does not compress
    with tmpfs(tmp_path / "usb", "1m") as usb:
        with pytest.raises(StorageError, match="full"):
            session.backup(usb / "backup.zip")
        assert not (usb / "backup.zip").exists() and not partials(usb)
        with pytest.raises(StorageError):
            export_packet(session, cid, usb / "packet.pdf", draft=True)
        assert not (usb / "packet.pdf").exists() and not partials(usb), list(usb.iterdir())
    with tmpfs(tmp_path / "usb2", "64m") as usb2:
        rep = session.backup(usb2 / "backup.zip")
        assert rep.attachments == 1
        res = export_packet(session, cid, usb2 / "packet.pdf", draft=True)
        assert res.pages > 0
    ok, why = integrity_ok(session.vault.db)
    assert ok and session.audit_verify().ok, why
    summary(
        "disk full (1 MB tmpfs stick) during backup and packet export",
        2,
        "StorageError; no file under the final name, no partial file; retry on a bigger stick fine",
    )


def test_disk_full_during_pre_migration_copy(tmp_path):
    from parole_desktop.store import migrations

    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        paths = AppPaths(mnt / "data")
        s, _ = create_vault(paths, PASSPHRASE)
        s.bulk_insert([_person(f"P{i}") for i in range(3000)])
        s.close()
        filler = fill(mnt, leave=64 * 1024)  # less than the database: the copy cannot finish

        @migrations.migrations(name="9200_disk_full_step")
        def _step(db):  # type: ignore[no-untyped-def]
            db.execute("ALTER TABLE cases ADD COLUMN disk_full_step TEXT")

        try:
            with pytest.raises(StorageError, match="disk is full"):
                open_vault(paths, PASSPHRASE)
            copies = list((paths.vault / "backups").glob("*"))
            assert copies == [], f"a half copy was left: {copies}"
            filler.unlink()
            with open_vault(paths, PASSPHRASE) as s2:
                assert "9200_disk_full_step" in migrations.applied_names(s2.vault.db)
                assert s2.count_cases() == 3000
        finally:
            migrations.migrations._migrations = [
                m for m in migrations.migrations._migrations if m.name != "9200_disk_full_step"
            ]
    summary(
        "disk full during the copy taken before a migration",
        1,
        "StorageError, no half copy under a final name, schema unchanged; upgrade fine after freeing space",
    )


def test_too_large_file_is_a_user_error(session, tmp_path):
    cid = int(session.save_case(_person("Chen")).id or 0)
    session.vault.attachments.max_bytes = 1_000_000
    big = _exhibit(tmp_path, 1_200_000)
    with pytest.raises(UserError, match="limit"):
        session.add_evidence(cid, big, kind="other")
    assert session.vault.attachments.ids() == set()
    summary("file over the size limit", 1, "UserError naming the file and the limit; nothing stored")


def test_vault_folder_vanishes_during_attach(tmp_path, paths):
    s, _ = create_vault(paths, PASSPHRASE)
    cid = int(s.save_case(_person("Dana")).id or 0)
    src = _exhibit(tmp_path, 10_000)
    gone = paths.vault.with_name("vault-unplugged")
    os.rename(paths.vault, gone)  # the stick is pulled: the folder is no longer at its path
    try:
        with pytest.raises(StorageError, match=r"gone|removed"):
            s.add_evidence(cid, src, kind="other")
        assert not paths.vault.exists(), "the import recreated the vault folder elsewhere"
    finally:
        os.rename(gone, paths.vault)  # plugged back in
    s.close()
    _intact(paths, cases=1, evidence=0)
    summary(
        "vault folder vanishes (stick pulled) during attachment import",
        1,
        "StorageError 'the folder is gone'; nothing recreated at the old path; vault intact after re-plug",
    )


def test_backup_destination_vanishes_mid_backup(session, tmp_path):
    cid = int(session.save_case(_person("Emil")).id or 0)
    for i in range(3):
        session.add_evidence(cid, _exhibit(tmp_path, 50_000 + i), kind="other")
    dest_dir = tmp_path / "stick"
    dest_dir.mkdir()

    def pull(done: int, total: int, label: str) -> None:
        if label == "attachments" and dest_dir.exists():
            shutil.rmtree(dest_dir)

    with pytest.raises(StorageError):
        session.backup(dest_dir / "backup.zip", progress=pull)
    assert not dest_dir.exists()
    ok, why = integrity_ok(session.vault.db)
    assert ok and session.audit_verify().ok, why
    assert session.last_backup_at() is None  # a failed backup is not recorded as done
    dest_dir.mkdir()
    session.backup(dest_dir / "backup.zip")
    summary("backup destination folder removed mid-backup", 1, "StorageError; vault intact; retry fine")


def test_packet_destination_vanishes_mid_build(session, tmp_path):
    cid = int(session.save_case(_person("Farid")).id or 0)
    session.add_evidence(cid, _exhibit(tmp_path, 20_000), kind="other")
    dest_dir = tmp_path / "stick"
    dest_dir.mkdir()

    def pull(done: int, total: int, label: str) -> None:
        if label == "Saving" and dest_dir.exists():
            shutil.rmtree(dest_dir)

    with pytest.raises(StorageError):
        export_packet(session, cid, dest_dir / "packet.pdf", draft=True, progress=pull)
    assert not dest_dir.exists()
    assert session.audit_verify().ok
    summary("packet destination folder removed mid-build", 1, "StorageError; nothing crashed; vault intact")
