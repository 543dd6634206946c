"""Vault creation, unlocking, passphrase change, recovery key, lock, newer-version refusal, plaintext scan."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import UserError, VaultInUse, VaultTooNew, WrongPassphrase
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import create_vault, open_vault
from parole_desktop.store import cases as case_store
from parole_desktop.store.keys import KeyFile
from tests.conftest import PASSPHRASE

NAMES = ["فرشته", "رحیمی", "Ковальчук", "Núñez", "Wałęsa"]


def _case(given: str, family: str) -> Case:
    return Case(people=[Person(role=Role.BENEFICIARY, given_name=given, family_name=family)])


def test_create_and_reopen_keeps_data(paths):
    s, recovery = create_vault(paths, PASSPHRASE)
    case = s.save_case(_case("Оксана", "Ковальчук"))
    s.close()
    with open_vault(paths, PASSPHRASE) as s2:
        assert s2.load_case(case.id).beneficiary_name == "Оксана Ковальчук"
    assert len(recovery.replace("-", "")) == 25


def test_wrong_passphrase_is_refused(paths):
    s, _ = create_vault(paths, PASSPHRASE)
    s.close()
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        open_vault(paths, "not the passphrase")


def test_recovery_key_unlocks_and_resets_passphrase(paths):
    s, recovery = create_vault(paths, PASSPHRASE)
    cid = s.save_case(_case("José", "Núñez")).id
    s.close()
    with pytest.raises(WrongPassphrase, match="recovery key"):
        open_vault(paths, recovery_key="AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    with pytest.raises(WrongPassphrase):
        open_vault(paths, recovery_key="too short")
    with open_vault(paths, recovery_key=recovery.lower().replace("-", " ")) as s2:
        s2.change_passphrase("a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        open_vault(paths, PASSPHRASE)
    with open_vault(paths, "a brand new passphrase") as s3:
        assert s3.load_case(cid).beneficiary_name == "José Núñez"


def test_passwd_rewraps_only(paths):
    s, _ = create_vault(paths, PASSPHRASE)
    s.save_case(_case("Dmytro", "Ivanenko"))
    s.vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_before = paths.vault.joinpath("vault.db").read_bytes()
    s.vault.keyfile.rewrap(s.vault._master, "another passphrase 1")
    s.vault.keyfile.save(s.vault.files.keys)
    assert paths.vault.joinpath("vault.db").read_bytes() == db_before  # data not re-encrypted
    s.close()
    with open_vault(paths, "another passphrase 1") as s2:
        assert s2.count_cases() == 1


def test_short_passphrase_is_refused(paths):
    with pytest.raises(UserError, match="too short"):
        create_vault(paths, "short")
    assert not paths.vault.joinpath("vault.db").exists()


@pytest.mark.real_kdf
def test_default_kdf_is_argon2id_64mib(paths):
    s, _ = create_vault(paths, PASSPHRASE)
    s.close()
    kdf = KeyFile.load(paths.vault / "vault.keys").data["passphrase"]["kdf"]
    assert kdf == {"alg": "argon2id", "m": 65536, "t": 3, "p": 4}


def test_vault_and_attachments_hold_no_plaintext(session, paths, tmp_path):
    attachment = minimal_pdf(["SYNTHETIC-ATTACHMENT-CONTENT-" * 20] * 10)  # a real PDF (intake refuses junk)
    assert b"SYNTHETIC-ATTACHMENT-CONTENT" in attachment
    src = tmp_path / "letter.pdf"
    src.write_bytes(attachment)
    for i, name in enumerate(NAMES):
        c = session.save_case(_case(name, f"{name} {i}"))
    session.add_evidence(c.id, src, kind="other")
    session.close()
    blobs = b"".join(p.read_bytes() for p in paths.vault.rglob("*") if p.is_file())
    for name in NAMES:
        assert name.encode("utf-8") not in blobs
        assert name.encode("utf-16-le") not in blobs
    assert b"SYNTHETIC-ATTACHMENT-CONTENT" not in blobs
    assert b"SQLite format 3" not in blobs


def test_second_process_gets_in_use(session, paths):
    code = (
        "import sys; from pathlib import Path\n"
        "from parole_desktop.store.vault import Vault\n"
        "from parole_desktop.errors import VaultInUse\n"
        "try:\n"
        f"    Vault.open(Path({str(paths.vault)!r}), {PASSPHRASE!r})\n"
        "    print('opened')\n"
        "except VaultInUse as e:\n"
        "    print('IN USE:', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "IN USE:" in out.stdout, out.stderr
    assert "in use" in out.stdout


def test_lock_from_another_laptop_needs_force(paths):
    s, _ = create_vault(paths, PASSPHRASE)
    s.close()
    (paths.vault / "vault.lock").write_text(
        json.dumps({"host": "other-laptop", "pid": 1, "since": "2026-11-20"})
    )
    with pytest.raises(VaultInUse, match="other-laptop"):
        open_vault(paths, PASSPHRASE)
    with open_vault(paths, PASSPHRASE, force_unlock=True) as s2:
        assert s2.count_cases() == 0


def test_stale_lock_of_dead_process_on_this_host_is_taken_over(paths):
    import socket

    s, _ = create_vault(paths, PASSPHRASE)
    s.close()
    (paths.vault / "vault.lock").write_text(json.dumps({"host": socket.gethostname(), "pid": 999_999_9}))
    with open_vault(paths, PASSPHRASE) as s2:
        assert s2.count_cases() == 0


def test_vault_from_newer_version_is_refused(paths):
    s, _ = create_vault(paths, PASSPHRASE)
    s.vault.db["_sqlite_migrations"].insert(
        {"migration_set": "parole_desktop", "name": "9999_from_the_future", "applied_at": "2030-01-01"}
    )
    s.close()
    with pytest.raises(VaultTooNew, match="newer version"):
        open_vault(paths, PASSPHRASE)
    # refusal changed nothing and released the lock
    assert not (paths.vault / "vault.lock").exists() or not (paths.vault / "vault.lock").read_text()


def test_migration_copies_vault_first(paths, monkeypatch):
    from parole_desktop.store import migrations

    s, _ = create_vault(paths, PASSPHRASE)
    s.save_case(_case("Rose", "Jean"))
    s.close()

    @migrations.migrations(name="9000_test_step")
    def _step(db):
        db["extra_test_table"].create({"id": int}, pk="id")

    try:
        with open_vault(paths, PASSPHRASE) as s2:
            assert "extra_test_table" in s2.vault.db.table_names()
            assert s2.count_cases() == 1
        copies = list((paths.vault / "backups").glob("vault-before-9000_test_step-*.db"))
        assert len(copies) == 1
        assert b"SQLite format 3" not in copies[0].read_bytes()[:16]
    finally:
        migrations.migrations._migrations = [
            m for m in migrations.migrations._migrations if m.name != "9000_test_step"
        ]


def test_missing_vault_is_a_clear_error(paths):
    with pytest.raises(UserError, match="no vault"):
        open_vault(paths, PASSPHRASE)


def test_damaged_keyfile_is_a_storage_error(paths):
    from parole_desktop.errors import StorageError

    s, _ = create_vault(paths, PASSPHRASE)
    s.close()
    (paths.vault / "vault.keys").write_text("{not json")
    with pytest.raises(StorageError, match="damaged"):
        open_vault(paths, PASSPHRASE)


def test_flipped_byte_in_database_is_detected(paths):
    from parole_desktop.errors import ParoleError

    s, _ = create_vault(paths, PASSPHRASE)
    for i in range(50):
        s.save_case(_case(f"Name{i}", "Family"))
    s.close()
    db = paths.vault / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    db.write_bytes(bytes(raw))
    with pytest.raises(ParoleError), open_vault(paths, PASSPHRASE) as s2:
        from parole_desktop.store.sqlcipher import integrity_ok

        ok, why = integrity_ok(s2.vault.db)
        if not ok:
            raise ParoleError(why)
        case_store.list_cases(s2.vault, limit=100)


def test_reads_of_a_damaged_database_are_storage_errors_not_crashes(paths):
    """A pulled stick or a damaged file must reach the user as StorageError on reads too (not a bug)."""
    from parole_desktop.errors import StorageError

    s, _ = create_vault(paths, PASSPHRASE)
    for i in range(300):
        s.save_case(_case(f"Name{i}", "Family" * 20))
    s.close()
    db = paths.vault / "vault.db"
    raw = bytearray(db.read_bytes())
    for off in range(len(raw) // 2 // 4096 * 4096, len(raw) - 4096, 4096):  # the second half's pages
        raw[off + 100] ^= 0xFF
    db.write_bytes(bytes(raw))
    with (
        pytest.raises(StorageError, match="could not be read or written") as err,
        open_vault(paths, PASSPHRASE) as s2,
    ):
        case_store.list_cases(s2.vault, order_by="beneficiary", limit=500)
    assert "the vault file is damaged" in str(err.value)
    assert err.value.sqlite_errorcode & 0xFF in (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
