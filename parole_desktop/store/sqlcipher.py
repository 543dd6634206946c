"""Open SQLCipher databases under sqlite-utils (with the exception-class alias set first)."""

from __future__ import annotations

import sys
from pathlib import Path

import sqlcipher3
import sqlcipher3.dbapi2

# sqlite-utils catches the exception classes of whatever DB-API module it imported; make it ours.
sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

import sqlite_utils  # noqa: E402

from parole_desktop.errors import StorageError, WrongPassphrase  # noqa: E402

DatabaseError = sqlcipher3.dbapi2.DatabaseError
OperationalError = sqlcipher3.dbapi2.OperationalError
sqlite_version: str = sqlcipher3.sqlite_version


def connect(path: Path, key: bytes, *, create: bool = False) -> sqlite_utils.Database:
    """Open (or create) the encrypted database at ``path`` with a raw 256-bit key.

    Journal settings are chosen for USB sticks that can be pulled: WAL with synchronous=FULL,
    so a commit is on the stick before it is acknowledged.
    """
    if len(key) != 32:
        raise ValueError("SQLCipher key must be 32 bytes")
    if not create and not path.exists():
        raise StorageError(f"The vault database {path} is missing.")
    try:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    except sqlcipher3.dbapi2.Error as exc:
        raise StorageError(f"Cannot open the vault database {path}: {exc}") from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        # Reading the schema fails here when the key is wrong or the file is not a vault.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        conn.close()
        raise WrongPassphrase("The key does not open this vault database (wrong key or not a vault).") from exc
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB of decrypted pages
    except sqlcipher3.dbapi2.Error as exc:
        conn.close()
        raise StorageError(f"Cannot prepare the vault database {path}: {exc}") from exc
    return sqlite_utils.Database(conn)


def integrity_ok(db: sqlite_utils.Database) -> tuple[bool, str]:
    """``PRAGMA integrity_check`` plus SQLCipher's own HMAC check of every page."""
    try:
        rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return False, "; ".join(str(r) for r in rows[:5])
        bad = db.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        return False, str(exc)
    if bad:
        return False, "; ".join(str(r[0]) for r in bad[:5])
    return True, "ok"
