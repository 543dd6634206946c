"""Real sealed objects for the hub tests and benchmark, made without a vault: a synthetic device's keys and
the project's own seal (age to one recipient, signed inside)."""

from __future__ import annotations

import datetime as dt
import secrets

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from parole_desktop.exchange.identity import DeviceKeys
from parole_desktop.exchange.objects import SealedObject
from parole_desktop.exchange.seal import seal
from parole_desktop.store.devices import DeviceSecrets


def device(name: str = "Site 1 laptop 1") -> tuple[DeviceKeys, DeviceSecrets]:
    signing = Ed25519PrivateKey.generate()
    identity = x25519.Identity.generate()
    device_id = secrets.token_hex(16)
    pub = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    keys = DeviceKeys(device_id, name, pub, str(identity.to_public()))
    return keys, DeviceSecrets(device_id, name, signing, identity, "2026-12-01T00:00:00+00:00")


def sealed(payloads: list[bytes], context: str = "revision") -> list[SealedObject]:
    keys, sec = device()
    now = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
    return [
        SealedObject(seal(p, keys, sec, [keys.age_recipient], context=context, now=now)) for p in payloads
    ]
