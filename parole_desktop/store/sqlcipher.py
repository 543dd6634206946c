"""Open SQLCipher databases under sqlite-utils (with the exception-class alias set first)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlcipher3.dbapi2

# sqlite-utils catches the exception classes of whatever DB-API module it imported; make it ours.
sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

import sqlite_utils  # noqa: E402

from parole_desktop.errors import StorageError  # noqa: E402
from parole_desktop.l10n import _  # noqa: E402

DatabaseError = sqlcipher3.dbapi2.DatabaseError
OperationalError = sqlcipher3.dbapi2.OperationalError
sqlite_version: str = sqlcipher3.sqlite_version

# SQLite primary result codes that mean the storage itself failed (stick pulled, disk full, file damaged), not
# a bug. The exception's ``sqlite_errorcode`` may be an extended code (SQLITE_IOERR_WRITE = 778): the low byte
# is the primary code. https://www.sqlite.org/rescode.html
_STORAGE_CODES = {
    sqlcipher3.dbapi2.SQLITE_FULL: "the disk is full",
    sqlcipher3.dbapi2.SQLITE_IOERR: "the drive could not be read or written (was the USB stick removed?)",
    sqlcipher3.dbapi2.SQLITE_CANTOPEN: "the vault file could not be opened (was the USB stick removed?)",
    sqlcipher3.dbapi2.SQLITE_READONLY: "the drive is read-only",
    sqlcipher3.dbapi2.SQLITE_CORRUPT: "the vault file is damaged",
    sqlcipher3.dbapi2.SQLITE_NOTADB: "the vault file is damaged (it no longer reads as a vault)",
}


def storage_problem(exc: BaseException) -> StorageError | None:
    """The StorageError a SQLite error stands for (by its result code), or None when it is not about storage."""
    code = getattr(exc, "sqlite_errorcode", None)
    why = _STORAGE_CODES.get(code & 0xFF) if isinstance(code, int) else None
    if why is None:
        return None
    err = StorageError(
        f"The vault could not be read or written: {why}. Nothing was written half-way; plug the "
        "drive back in (or free space) and unlock the vault again, or restore a backup."
    )
    err.sqlite_errorcode = code  # type: ignore[attr-defined]
    return err


@contextlib.contextmanager
def _storage_errors() -> Iterator[None]:
    try:
        yield
    except sqlcipher3.dbapi2.DatabaseError as exc:
        err = storage_problem(exc)
        if err is None:
            raise
        raise err from exc


class _Cursor(sqlcipher3.dbapi2.Cursor):  # type: ignore[misc]
    """Rows are read while iterating, so storage failures are translated there too."""

    def execute(self, *args: Any) -> _Cursor:
        with _storage_errors():
            return super().execute(*args)  # type: ignore[no-any-return]

    def executemany(self, *args: Any) -> _Cursor:
        with _storage_errors():
            return super().executemany(*args)  # type: ignore[no-any-return]

    def __next__(self) -> Any:  # per row: a plain try is cheaper than a context manager
        try:
            return super().__next__()
        except sqlcipher3.dbapi2.DatabaseError as exc:
            err = storage_problem(exc)
            if err is None:
                raise
            raise err from exc

    def fetchone(self) -> Any:
        with _storage_errors():
            return super().fetchone()

    def fetchmany(self, *args: Any) -> list[Any]:
        with _storage_errors():
            return super().fetchmany(*args)  # type: ignore[no-any-return]

    def fetchall(self) -> list[Any]:
        with _storage_errors():
            return super().fetchall()  # type: ignore[no-any-return]


class _Connection(sqlcipher3.dbapi2.Connection):  # type: ignore[misc]
    """Storage failures (a pulled stick, a full disk, a damaged file) surface as StorageError on reads as
    well as writes, so the GUI tells the user instead of showing a crash dialog. Other SQLite errors
    (which sqlite-utils catches and handles) pass through unchanged."""

    def cursor(self, factory: Any = None) -> Any:
        return super().cursor(factory or _Cursor)

    def execute(self, *args: Any) -> Any:
        return self.cursor().execute(*args)

    def executemany(self, *args: Any) -> Any:
        return self.cursor().executemany(*args)


def connect(path: Path, key: bytes, *, create: bool = False) -> sqlite_utils.Database:
    """Open (or create) the encrypted database at ``path`` with a raw 256-bit key.

    Journal settings are chosen for USB sticks that can be pulled: WAL with synchronous=FULL,
    so a commit is on the stick before it is acknowledged.
    """
    if len(key) != 32:
        raise ValueError("SQLCipher key must be 32 bytes")
    if not create and not path.exists():
        raise StorageError(_("The vault database {path} is missing.").format(path=path))
    try:
        conn = sqlcipher3.connect(
            str(path), check_same_thread=False, isolation_level=None, factory=_Connection
        )
    except sqlcipher3.dbapi2.Error as exc:
        raise StorageError(
            _("Cannot open the vault database {path}: {exc}").format(path=path, exc=exc)
        ) from exc
    raw_execute = sqlcipher3.dbapi2.Connection.execute
    try:
        raw_execute(conn, "PRAGMA cipher_log_level = NONE")
        raw_execute(conn, f"PRAGMA key = \"x'{key.hex()}'\"")
        raw_execute(conn, "PRAGMA cipher_memory_security = OFF")
        # Reading the schema fails here when the file is damaged or belongs to another key. The key itself
        # came out of the key file's authenticated wrapping, so it is the vault's own key.
        raw_execute(conn, "SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        conn.close()
        raise StorageError(
            _(
                "The vault database {name} does not open with this vault's key ({exc}): it is damaged, or it was replaced by another vault's file. Nothing was changed; restore a backup if the problem stays."
            ).format(name=path.name, exc=exc)
        ) from exc
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB of decrypted pages
    except (sqlcipher3.dbapi2.Error, StorageError) as exc:
        conn.close()
        raise StorageError(
            _("Cannot prepare the vault database {path}: {exc}").format(path=path, exc=exc)
        ) from exc
    return sqlite_utils.Database(conn)


def integrity_ok(db: sqlite_utils.Database) -> tuple[bool, str]:
    """``PRAGMA integrity_check`` plus SQLCipher's own HMAC check of every page."""
    try:
        rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return False, "; ".join(str(r) for r in rows[:5])
        bad = db.execute("PRAGMA cipher_integrity_check").fetchall()
    except (sqlcipher3.dbapi2.DatabaseError, StorageError) as exc:
        return False, str(exc)
    if bad:
        return False, "; ".join(str(r[0]) for r in bad[:5])
    return True, "ok"
