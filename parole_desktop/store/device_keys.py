"""A new device identity (the row schema step 0006_device_identity stores; read by ``store/devices.py``).
Apart from ``devices.py`` so that the migrations need nothing of the vault."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from pyrage import x25519


def new_identity_row() -> dict[str, Any]:
    """A fresh identity for a vault that has none (the schema step calls this)."""
    device_id = uuid.uuid4().hex
    key = Ed25519PrivateKey.generate()
    return {
        "device_id": device_id,
        "name": f"laptop-{device_id[:6]}",
        "ed25519_private": key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex(),
        "age_identity": str(x25519.Identity.generate()),
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
