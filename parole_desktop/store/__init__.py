"""Persistence: SQLCipher via sqlite-utils, migrations, encrypted attachments, audit log, backup."""

# Import order matters: sqlcipher sets the sqlite-utils alias before anything imports sqlite_utils.
from parole_desktop.store import sqlcipher as _sqlcipher  # noqa: F401  isort: skip
from parole_desktop.store.vault import Vault, VaultFiles

__all__ = ["Vault", "VaultFiles"]
