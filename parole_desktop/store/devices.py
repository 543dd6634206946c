"""This vault's device identity (schema step 0006_device_identity): one row with the laptop's name, a random
id, an Ed25519 signing key and an age X25519 identity. The secrets never leave the encrypted database; what
other laptops and the org admin get is :class:`DeviceKeys`' public half (``exchange/identity.py``)."""

from __future__ import annotations

from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from parole_desktop.errors import IntegrityError
from parole_desktop.l10n import _
from parole_desktop.store.device_keys import new_identity_row
from parole_desktop.store.vault import Vault

TABLE = "device_identity"
__all__ = ["NAME_MAX", "TABLE", "DeviceSecrets", "load", "new_identity_row", "rename"]
NAME_MAX = 60


@dataclass(frozen=True)
class DeviceSecrets:
    """The row, with its keys parsed (never logged, never written outside the vault)."""

    device_id: str
    name: str
    signing_key: Ed25519PrivateKey
    age_identity: x25519.Identity
    created_at: str

    def __repr__(self) -> str:  # keep secrets out of logs and tracebacks
        return f"DeviceSecrets(device_id={self.device_id!r}, name={self.name!r})"


def load(vault: Vault) -> DeviceSecrets:
    rows = list(
        vault.db.execute(f"SELECT device_id, name, ed25519_private, age_identity, created_at FROM {TABLE}")
    )
    if len(rows) != 1:
        raise IntegrityError(
            _(
                "This vault's device identity is damaged ({rows} rows instead of one); restore a backup."
            ).format(rows=len(rows))
        )
    device_id, name, ed_hex, age_text, created_at = rows[0]
    try:
        signing_key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(str(ed_hex)))
        identity = x25519.Identity.from_str(str(age_text))
    except (ValueError, TypeError, pyrage.IdentityError) as exc:
        raise IntegrityError(_("This vault's device identity is damaged; restore a backup.")) from exc
    return DeviceSecrets(str(device_id), str(name), signing_key, identity, str(created_at))


def rename(vault: Vault, name: str, *, actor: str) -> None:
    with vault.atomic():
        vault.db.execute(f"UPDATE {TABLE} SET name = ?", [name])
        vault.audit.append(actor, "rename", "device", name)
