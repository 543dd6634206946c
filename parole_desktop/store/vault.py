"""The vault: one encrypted database, its key file, the attachment store and the lock, in one folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils

from parole_desktop.errors import StorageError, UserError, WrongPassphrase
from parole_desktop.fsutil import (
    atomic_path,
    make_private,
    private_dir,
    real_dir,
    remove_partials,
    storage_error,
)
from parole_desktop.store import migrations
from parole_desktop.store.attachments import DEFAULT_MAX_BYTES, AttachmentStore
from parole_desktop.store.audit import AuditLog
from parole_desktop.store.keys import KeyFile, PassphraseEcho, subkey
from parole_desktop.store.lock import VaultLock
from parole_desktop.store.sealed import KdfParams
from parole_desktop.store.sqlcipher import DatabaseError, connect, storage_problem
from parole_desktop.vaultfiles import DB_NAME as DB_NAME
from parole_desktop.vaultfiles import KEYS_NAME as KEYS_NAME
from parole_desktop.vaultfiles import LOCK_NAME as LOCK_NAME
from parole_desktop.vaultfiles import VaultFiles as VaultFiles

log = logging.getLogger(__name__)


class Vault:
    """An open, unlocked vault. Use :meth:`create` or :meth:`open`; always :meth:`close` (or ``with``)."""

    def __init__(
        self,
        files: VaultFiles,
        keyfile: KeyFile,
        master: bytes,
        db: sqlite_utils.Database,
        lock: VaultLock,
        max_attachment_bytes: int = DEFAULT_MAX_BYTES,
        *,
        previous_master: bytes | None = None,
    ) -> None:
        self.files = files
        self.keyfile = keyfile
        self._master = master
        # the vault passphrase's echo (keyed hashes, not the passphrase): set when it was typed to open
        self.passphrase_echo: PassphraseEcho | None = None
        self.db = db
        self._lock = lock
        self._max_attachment_bytes = max_attachment_bytes
        self._set_attachment_keys(previous_master)
        # the audit MAC key survives key rotation (kept inside the encrypted database once rotated),
        # so entries and the audit heads recorded in sign-offs keep verifying
        stored = (
            db.execute("SELECT value FROM meta WHERE key = 'audit_key'").fetchone()
            if "meta" in db.table_names()
            else None
        )
        self.audit = AuditLog(db, bytes.fromhex(stored[0]) if stored else subkey(master, "audit"))
        self.closed = False

    def _set_attachment_keys(self, previous_master: bytes | None) -> None:
        self.attachments = AttachmentStore(
            self.files.attachments,
            subkey(self._master, "attachments"),
            self._max_attachment_bytes,
            previous_key=subkey(previous_master, "attachments") if previous_master else None,
        )

    # ---------------------------------------------------------------- lifecycle
    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, kdf: KdfParams | None = None, demo: bool = False
    ) -> tuple[Vault, str]:
        """Create a new vault in ``folder``; returns the vault and the recovery key (show it once).
        ``demo``: the demo vault (its published passphrase allowed, marked as a demo inside)."""
        files = VaultFiles(folder)
        if files.exists():
            raise UserError(f"A vault already exists in {folder}.")
        keyfile, master, recovery = KeyFile.create(passphrase, kdf, allow_published=demo)
        try:
            private_dir(folder)
            private_dir(files.attachments)
            real_dir(files.tmp)
        except OSError as exc:
            raise storage_error(exc, f"create the vault folder {folder}") from exc
        lock = VaultLock(files.lock)
        lock.acquire()
        try:
            keyfile.save(files.keys)
            db = connect(files.db, subkey(master, "database"), create=True)
            _secure(files)
            migrations.apply(db)
            vault = cls(files, keyfile, master, db, lock)
            vault.passphrase_echo = PassphraseEcho(passphrase)
            with vault.atomic():
                db.table("meta").insert({"key": "vault_id", "value": keyfile.vault_id}, replace=True)
                db.table("meta").insert({"key": "created_at", "value": _now()}, replace=True)
                if demo:
                    db.table("meta").insert({"key": "demo_vault", "value": "1"}, replace=True)
                vault.audit.append("system", "create", "vault", keyfile.vault_id)
        except BaseException:
            lock.release()
            raise
        log.info("created vault %s in %s", keyfile.vault_id, folder)
        return vault, recovery

    @classmethod
    def open(
        cls,
        folder: Path,
        passphrase: str | None = None,
        *,
        recovery_key: str | None = None,
        force_unlock: bool = False,
        migrate: bool = True,
    ) -> Vault:
        files = VaultFiles(folder)
        if not files.exists():
            raise UserError(f"There is no vault in {folder}.")
        keyfile = KeyFile.load(files.keys)
        if recovery_key is not None:
            master = keyfile.unlock_with_recovery(recovery_key)
        elif passphrase is not None:
            master = keyfile.unlock(passphrase)
        else:
            raise UserError("A passphrase or recovery key is needed to open the vault.")
        lock = VaultLock(files.lock)
        lock.acquire(force=force_unlock)
        try:
            for folder_ in (files.folder, files.attachments, files.backups):
                if not folder_.is_symlink():  # cleaning never follows a symlink out of the vault
                    remove_partials(folder_)
            _empty_dir(files.tmp)
            db, previous = _connect_during_rotation(files, keyfile, master)
            _secure(files)
            migrations.check_not_newer(db)
            pending = migrations.pending_names(db)
            if pending:
                if not migrate:
                    raise UserError("This vault needs an upgrade before it can be opened.")
                _copy_before_migrating(db, files, pending[0])
                migrations.apply(db)
            vault = cls(files, keyfile, master, db, lock, previous_master=previous)
            if passphrase is not None and recovery_key is None:
                vault.passphrase_echo = PassphraseEcho(passphrase)
            _remove_orphans(vault)
            if previous is not None:  # a key rotation was interrupted while re-encrypting files: finish it
                log.info("finishing an interrupted key rotation")
                vault.continue_key_rotation()
            if pending:
                with vault.atomic():
                    vault.audit.append("system", "migrate", "vault", keyfile.vault_id, ",".join(pending))
        except DatabaseError as exc:
            lock.release()
            raise StorageError(f"The vault database is damaged: {exc}") from exc
        except BaseException:
            lock.release()
            raise
        return vault

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        with contextlib.suppress(Exception):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(Exception):
            self.db.conn.close()
        with contextlib.suppress(OSError):
            _empty_dir(self.files.tmp)
        self._lock.release()
        self._master = b"\0" * 32
        self.passphrase_echo = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- helpers
    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction; OSError-like SQLite failures become StorageError, nothing half-written."""
        try:
            with self.db.atomic():
                yield
        except DatabaseError as exc:  # a failed COMMIT (statements are translated in store/sqlcipher.py)
            err = storage_problem(exc)
            if err is None:
                raise
            raise err from exc

    def change_passphrase(self, new_passphrase: str, actor: str = "user") -> None:
        """Re-wrap the master key; the database and attachments are not re-encrypted."""
        self.keyfile.rewrap(self._master, new_passphrase)
        self.keyfile.save(self.files.keys)
        self.passphrase_echo = PassphraseEcho(new_passphrase)
        with self.atomic():
            self.audit.append(actor, "passwd", "vault", self.vault_id)

    def resembles_passphrase(self, candidate: str) -> bool:
        """Whether ``candidate`` (a reviewer's new passphrase) is the vault passphrase or close to it (see
        ``store.keys.PassphraseEcho``). After an unlock with the recovery key the passphrase was not typed:
        then the key file is tried with the candidate and its plain case and whitespace variants."""
        if self.passphrase_echo is not None:
            return self.passphrase_echo.resembles(candidate)
        variants = [candidate, candidate.strip(), " ".join(candidate.split())]
        variants += [v.lower() for v in variants] + [v.upper() for v in variants]
        for variant in dict.fromkeys(variants):
            try:
                if self.keyfile.unlock(variant) == self._master:
                    return True
            except WrongPassphrase:
                continue
        return False

    # ---------------------------------------------------------------- key rotation
    def rotate_recovery_key(self, actor: str = "user") -> str:
        """A new recovery key (the old one stops opening this vault's key file). Returns it: show it once."""
        recovery = self.keyfile.new_recovery(self._master)
        self.keyfile.save(self.files.keys)
        with self.atomic():
            self.audit.append(actor, "rotate_recovery_key", "vault", self.vault_id)
        return recovery

    @property
    def rotation_pending(self) -> bool:
        return self.keyfile.rotation_state == "attachments"

    def start_key_rotation(self, passphrase: str, actor: str = "user") -> str:
        """A new master key: the database is rekeyed now (seconds), the key file re-wrapped under the same
        passphrase and a new recovery key (returned: show it once). Old key files and old recovery keys
        no longer open the database. Attachments follow in :meth:`continue_key_rotation` (resumable:
        after a kill the next unlock finishes it)."""
        if self.keyfile.unlock(passphrase) != self._master:
            raise UserError("That passphrase does not belong to this vault.")
        if self.keyfile.rotation_state:
            raise UserError("A key rotation is still under way; let it finish first.")
        old, new = self._master, os.urandom(32)
        with self.atomic():
            if not self.get_meta("audit_key"):
                self.set_meta("audit_key", self.audit.key.hex())
            self.audit.append(actor, "rotate_keys", "vault", self.vault_id, "started")
        self.keyfile.begin_rotation(old, new)
        self.keyfile.save(self.files.keys)
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.execute(f"PRAGMA rekey = \"x'{subkey(new, 'database').hex()}'\"")
        except DatabaseError as exc:
            self.keyfile.end_rotation()
            self.keyfile.save(self.files.keys)
            raise StorageError(f"The vault could not be re-keyed: {exc}. Nothing was changed.") from exc
        recovery = self.keyfile.commit_rotation(old, new, passphrase)
        self.keyfile.save(self.files.keys)
        self._master = new
        self._set_attachment_keys(old)
        log.info("vault re-keyed; re-encrypting attachments")
        return recovery

    def continue_key_rotation(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        actor: str = "system",
    ) -> int:
        """Re-encrypt every attachment still under the previous key (each file atomically); then forget
        the previous key. Cancelled or killed, it continues where it stopped. Returns files rewritten."""
        if not self.rotation_pending:
            return 0
        rows = self.db.execute(
            "SELECT attachment_id, sha256 FROM evidence WHERE attachment_id IS NOT NULL "
            "UNION SELECT attachment_id, sha256 FROM removed_items WHERE attachment_id != '' "
            "ORDER BY attachment_id"
        ).fetchall()
        done = 0
        for i, (aid, sha) in enumerate(rows, start=1):
            if cancelled is not None and cancelled():
                return done
            if self.attachments.exists(aid):
                done += self.attachments.reencrypt(aid, sha)
            if progress is not None:
                progress(i, len(rows))
        self.keyfile.end_rotation()
        self.keyfile.save(self.files.keys)
        self._set_attachment_keys(None)
        with self.atomic():
            self.audit.append(actor, "rotate_keys", "vault", self.vault_id, f"finished files={done}")
        return done

    def set_meta(self, key: str, value: str) -> None:
        self.db.table("meta").insert({"key": key, "value": value}, replace=True)

    def get_meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    @property
    def database_key(self) -> bytes:
        return subkey(self._master, "database")

    def tmp_dir(self) -> Path:
        """Scratch space inside the vault folder (emptied on open and close); never a symlink."""
        return real_dir(self.files.tmp)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _connect_during_rotation(
    files: VaultFiles, keyfile: KeyFile, master: bytes
) -> tuple[sqlite_utils.Database, bytes | None]:
    """Open the database, whatever step an interrupted key rotation stopped at. Killed around the rekey
    (state 'db'): the rotation is undone (the database is put back under ``master`` if it was re-keyed).
    Killed while re-encrypting files: returns the previous master too, to finish."""
    state = keyfile.rotation_state
    if state == "db":
        nxt = keyfile.rotation_next(master)
        try:
            db = connect(files.db, subkey(master, "database"))
        except StorageError:
            db = connect(files.db, subkey(nxt, "database"))
            db.execute(f"PRAGMA rekey = \"x'{subkey(master, 'database').hex()}'\"")
            log.info("undid an interrupted database re-key")
        keyfile.end_rotation()
        keyfile.save(files.keys)
        return db, None
    db = connect(files.db, subkey(master, "database"))
    if state == "attachments":
        return db, keyfile.rotation_previous(master)
    return db, None


def _secure(files: VaultFiles) -> None:
    """A lost laptop's other users (or a copied home folder's new owner) read nothing: owner-only modes."""
    for d in (files.folder, files.attachments, files.tmp, files.backups):
        if d.exists():
            make_private(d)
    for f in (
        files.db,
        files.keys,
        files.lock,
        files.db.with_name(DB_NAME + "-wal"),
        files.db.with_name(DB_NAME + "-shm"),
    ):
        if f.exists():
            make_private(f)


def _empty_dir(folder: Path) -> None:
    """Empty a scratch folder of the vault. A symlink in its place is removed, never followed (a link
    to another folder must not make unlock delete that folder's files)."""
    if not folder.exists() and not folder.is_symlink():
        return
    real_dir(folder)
    for p in folder.iterdir():
        with contextlib.suppress(OSError):
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink()


def _remove_orphans(vault: Vault) -> int:
    """Delete content files that no evidence row (nor a removed item that can still be put back, nor an
    evidence file received from another laptop, ``store/revisions.py``) points
    to: left when an import or a delete was interrupted between writing the file and committing the row. The vault is locked, so nothing is
    being written now, and such files were never reachable from the database."""
    if vault.files.attachments.is_symlink():
        log.warning("the attachments folder is a symbolic link: leftover files are not cleaned")
        return 0
    on_disk = vault.attachments.ids()
    if not on_disk:
        return 0
    n = 0
    for aid in sorted(on_disk):
        if vault.db.execute(
            "SELECT 1 FROM evidence WHERE attachment_id = ? UNION ALL "
            "SELECT 1 FROM removed_items WHERE attachment_id = ? UNION ALL "
            "SELECT 1 FROM received_evidence WHERE attachment_id = ? LIMIT 1",
            [aid, aid, aid],
        ).fetchone():
            continue  # in use, or kept for a removed evidence item that can still be put back
        with contextlib.suppress(OSError):
            (vault.files.attachments / f"{aid}.bin").unlink()
            n += 1
    if n:
        log.info("removed %d unreferenced attachment file(s) left by an interrupted import", n)
    return n


def _copy_before_migrating(db: sqlite_utils.Database, files: VaultFiles, first_step: str) -> Path:
    """A full encrypted copy of the database before any schema change (vorta's habit)."""
    private_dir(files.backups)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = files.backups / f"vault-before-{first_step}-{stamp}.db"
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with atomic_path(target, "copy the vault before upgrading it") as tmp:  # no half copy under the name
            shutil.copy2(files.db, tmp)
    except OSError as exc:
        raise storage_error(exc, "copy the vault before upgrading it") from exc
    log.info("copied vault to %s before migrating", target)
    return target
