"""The error hierarchy every layer raises; anything else is a bug."""

from __future__ import annotations


class ParoleError(Exception):
    """Base of every expected error. ``str(err)`` is a sentence a user can act on."""


class UserError(ParoleError):
    """Bad input: the message says what is wrong and how to fix it."""


class ValidationError(UserError):
    """Structured input failed validation; ``path`` names the bad field (e.g. ``people[0].date_of_birth``)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.detail = message


class WrongPassphrase(UserError):
    """The passphrase or recovery key does not unlock the vault."""


class VaultInUse(UserError):
    """Another process or laptop has the vault open."""


class VaultTooNew(UserError):
    """The vault was written by a newer version of the app."""


class StorageError(ParoleError):
    """Disk full, drive gone, corrupt vault: the user is told, the data is kept."""


class IntegrityError(ParoleError):
    """Tampered or corrupted content: an attachment, the audit log, a pack or a packet."""
