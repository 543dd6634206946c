"""Backup to one file (still encrypted, verified after writing) and restore that keeps the old vault."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parole_desktop import __version__
from parole_desktop.errors import StorageError, UserError, WrongPassphrase
from parole_desktop.fsutil import (
    atomic_path,
    fsync_dir,
    fsync_file,
    make_private,
    private_dir,
    remove_partials,
    storage_error,
    temp_name,
)
from parole_desktop.l10n import _
from parole_desktop.store.keys import KeyFile, subkey
from parole_desktop.store.sqlcipher import DatabaseError, connect, integrity_ok
from parole_desktop.store.vault import DB_NAME, KEYS_NAME, Vault, VaultFiles

log = logging.getLogger(__name__)

BACKUP_FORMAT = "parole-desktop-backup"
MANIFEST = "parole-desktop-backup.json"
_COUNTED = ("cases", "people", "evidence", "audit", "signoffs", "reviewers")

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class BackupCancelled(UserError):
    """The user cancelled; nothing was left under the backup's name."""


class NeedsConfirmation(UserError):
    """The action would replace something that is not obviously replaceable; ask, then pass the flag."""


def backup_vault_id(path: Path) -> str:
    """The vault id a backup file belongs to ('' when ``path`` is not a readable Parole Desktop backup)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return str(_read_manifest(zf, path.name).get("vault_id", ""))
    except (zipfile.BadZipFile, OSError, UserError, ValueError):
        return ""


def check_backup_target(vault: Vault, dest: Path, *, overwrite: bool = False) -> None:
    """Never over the live vault; over an existing file only when it is a backup of this vault or the
    user confirmed (``overwrite``)."""
    target = dest.expanduser().resolve()
    live = vault.files.folder.resolve()
    if target == live or live in target.parents:
        raise UserError(
            _(
                "A backup cannot be written inside the vault folder (it would overwrite the live "
                "vault). Choose a file on another drive."
            )
        )
    if target.exists() and not overwrite and backup_vault_id(target) != vault.vault_id:
        raise NeedsConfirmation(
            _(
                "“{name}” already exists and is not a backup of this vault. Replace it with the backup?"
            ).format(name=target.name)
        )


@dataclass(frozen=True)
class BackupReport:
    path: Path
    size: int
    counts: dict[str, int]
    attachments: int
    created_at: str


def _counts(db: Any) -> dict[str, int]:
    return {t: int(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in _COUNTED}


def backup(
    vault: Vault,
    dest: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    actor: str = "user",
    overwrite: bool = False,
) -> BackupReport:
    """Write a consistent, encrypted backup of the whole vault to ``dest`` and verify it.

    Refuses the live vault's folder always, and an existing file that is not a backup of this vault
    unless ``overwrite`` (the user confirmed)."""
    dest = dest.expanduser()
    if dest.is_dir():
        raise UserError(_("{dest} is a folder: choose a file name for the backup.").format(dest=dest))
    if not dest.parent.is_dir():
        raise UserError(
            _("The folder {parent} does not exist (is the drive plugged in?).").format(parent=dest.parent)
        )
    check_backup_target(vault, dest, overwrite=overwrite)
    tmp_db = vault.tmp_dir() / f"backup-{os.getpid()}.db"
    remove_partials(dest.parent, dest.name)  # left by an earlier backup that was interrupted
    with contextlib.suppress(OSError):
        tmp_db.unlink()
    try:
        # 1. consistent snapshot of the database (SQLite online backup; stays encrypted under the same key)
        target = connect(tmp_db, vault.database_key, create=True)
        vault.db.conn.backup(target.conn)
        counts = _counts(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.conn.close()
        attachment_ids = sorted(r[0] for r in vault.db.execute("SELECT DISTINCT attachment_id FROM evidence"))
        total = len(attachment_ids) + 2
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        manifest = {
            "format": BACKUP_FORMAT,
            "version": 1,
            "app_version": __version__,
            "vault_id": vault.vault_id,
            "created_at": created,
            "counts": counts,
            "attachments": attachment_ids,
        }
        # 2. one zip file under a temp name beside dest; every member is already encrypted: no compression
        with atomic_path(dest, f"write the backup to {dest}") as partial:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=1))
                zf.writestr(KEYS_NAME, vault.keyfile.to_bytes())
                zf.write(tmp_db, DB_NAME)
                if progress:
                    progress(2, total, "database")
                for i, aid in enumerate(attachment_ids, start=3):
                    if cancelled and cancelled():
                        raise BackupCancelled("Backup cancelled; no backup file was written.")
                    src = vault.attachments.path_for(aid)
                    zf.write(src, f"attachments/{aid}.bin")
                    if progress:
                        progress(i, total, "attachments")
            # 3. on the disk (a vanished folder is a storage error here), verified, then renamed by atomic_path
            make_private(partial)
            fsync_file(partial)
            verify_backup_file(partial, vault=vault, expect_counts=counts)
    except OSError as exc:
        raise storage_error(exc, f"write the backup to {dest}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp_db.unlink()
    with vault.atomic():
        vault.set_meta("last_backup_at", created)
        vault.audit.append(actor, "backup", "vault", vault.vault_id, f"cases={counts['cases']}")
    return BackupReport(dest, dest.stat().st_size, counts, len(attachment_ids), created)


def _read_manifest(zf: zipfile.ZipFile, where: str) -> dict[str, Any]:
    try:
        manifest = json.loads(zf.read(MANIFEST))
    except (KeyError, ValueError) as exc:
        raise UserError(_("{where} is not a Parole Desktop backup.").format(where=where)) from exc
    if manifest.get("format") != BACKUP_FORMAT:
        raise UserError(_("{where} is not a Parole Desktop backup.").format(where=where))
    return dict(manifest)


def verify_backup_file(
    path: Path,
    *,
    vault: Vault | None = None,
    passphrase: str | None = None,
    expect_counts: dict[str, int] | None = None,
) -> dict[str, Any]:
    """Open a backup, check every member's CRC, open its database and run integrity_check.

    Needs either the open vault it was made from or the passphrase the backup was made with.
    """
    where = f"“{path.name}”"
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(_("{where} is damaged or not a Parole Desktop backup.").format(where=where)) from exc
    with zf:
        manifest = _read_manifest(zf, where)
        bad = zf.testzip()
        if bad:
            raise UserError(
                _("{where} is damaged: {bad} does not match its checksum.").format(where=where, bad=bad)
            )
        names = set(zf.namelist())
        missing = [a for a in manifest.get("attachments", []) if f"attachments/{a}.bin" not in names]
        if DB_NAME not in names or KEYS_NAME not in names or missing:
            raise UserError(
                _("{where} is incomplete ({missing} attachment(s) missing).").format(
                    where=where, missing=len(missing)
                )
            )
        backup_keys = KeyFile.from_bytes(zf.read(KEYS_NAME), where)
        if passphrase is None and (vault is None or backup_keys.vault_id != vault.vault_id):
            raise UserError(
                _("{where} is a backup of another vault: its passphrase is needed to check it.").format(
                    where=where
                )
            )
        scratch = temp_name(path.with_suffix(".check.db"))
        try:
            with zf.open(DB_NAME) as src, open(scratch, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
            if passphrase is not None:
                master = backup_keys.unlock(passphrase)
                db_key = subkey(master, "database")
            else:
                assert vault is not None
                db_key = vault.database_key
            db = connect(scratch, db_key)
            try:
                ok, why = integrity_ok(db)
                if not ok:
                    raise UserError(_("{where} holds a damaged database: {why}").format(where=where, why=why))
                counts = _counts(db)
            finally:
                db.conn.close()
        except (DatabaseError, StorageError) as exc:
            raise UserError(
                _("{where} holds a damaged database: {exc}").format(where=where, exc=exc)
            ) from exc
        finally:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(str(scratch) + suffix).unlink()
    if expect_counts is not None and counts != expect_counts:
        raise StorageError(
            _("The backup {where} does not match the vault ({counts} != {expect_counts}).").format(
                where=where, counts=counts, expect_counts=expect_counts
            )
        )
    if counts != manifest.get("counts"):
        raise UserError(
            _("{where} is damaged: its record counts do not match its manifest.").format(where=where)
        )
    return manifest


def restore(backup_file: Path, folder: Path, passphrase: str, *, other_vault_ok: bool = False) -> Path | None:
    """Replace the (closed) vault in ``folder`` with the backup; the old one is moved aside, never deleted.

    A backup of another vault than the one in ``folder`` is restored only with ``other_vault_ok`` (the
    user saw both named and confirmed). Returns the folder the previous vault was moved to (None when
    there was none).
    """
    backup_file = backup_file.expanduser()
    if not backup_file.is_file():
        raise UserError(_("There is no backup file {backup_file}.").format(backup_file=backup_file))
    try:
        manifest = verify_backup_file(backup_file, passphrase=passphrase)
    except WrongPassphrase as exc:
        raise WrongPassphrase(
            _("That passphrase does not open this backup (use the one it was made with).")
        ) from exc
    files = VaultFiles(folder)
    if files.lock.exists() and files.lock.stat().st_size > 0:
        raise UserError(_("Close the vault before restoring a backup."))
    if files.exists() and not other_vault_ok:
        here = KeyFile.load(files.keys).vault_id
        theirs = str(manifest.get("vault_id", ""))
        if here != theirs:
            raise NeedsConfirmation(
                _(
                    "“{name}” is a backup of another vault (vault {theirs}, made {made}, {cases} cases); the vault here is vault {here}. Restoring puts the other vault in its place (this one is kept aside, not deleted). Restore anyway?"
                ).format(
                    name=backup_file.name,
                    theirs=theirs,
                    made=manifest.get("created_at", "?"),
                    cases=manifest.get("counts", {}).get("cases", "?"),
                    here=here,
                )
            )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    staging = folder.with_name(f".{folder.name}.restoring-{stamp}")
    kept: Path | None = None
    try:
        private_dir(staging)
        with zipfile.ZipFile(backup_file) as zf:
            for name in zf.namelist():
                if name == MANIFEST:
                    continue
                if name not in (DB_NAME, KEYS_NAME) and not (
                    name.startswith("attachments/")
                    and name.count("/") == 1
                    and name.endswith(".bin")
                    and name[12:-4].isalnum()
                ):
                    raise UserError(
                        _("The backup holds an unexpected file {name!r}; it was not restored.").format(
                            name=name
                        )
                    )
                target = staging / name
                private_dir(target.parent)
                with zf.open(name) as src, open(target, "wb") as dst:
                    make_private(target)
                    shutil.copyfileobj(src, dst, 1 << 20)
                    dst.flush()
                    os.fsync(dst.fileno())
        private_dir(staging / "attachments")
        private_dir(staging / "tmp")
        if files.exists():
            kept = folder.with_name(f"{folder.name}.before-restore-{stamp}")
            n = 1
            while kept.exists():  # two restores in the same second: never over the earlier kept vault
                n += 1
                kept = folder.with_name(f"{folder.name}.before-restore-{stamp}-{n}")
            os.replace(folder, kept)
        os.replace(staging, folder)
        fsync_dir(folder.parent)
    except OSError as exc:
        raise storage_error(exc, "restore the backup") from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    log.info(
        "restored backup %s (vault %s) into %s; previous vault kept in %s",
        backup_file,
        manifest.get("vault_id"),
        folder,
        kept,
    )
    return kept
