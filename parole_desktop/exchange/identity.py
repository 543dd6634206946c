"""This laptop's public identity and the enrolment the org admin lists in the roster.

The fingerprint people compare on site (read aloud, or by scanning the QR code in Settings) is the SHA-256
of both public keys under a fixed label, so a swapped age recipient or a swapped signing key both show.
The enrolment is signed with the device's own Ed25519 key (proof that whoever made the file holds it).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from parole_desktop.domain.codec import canonical_json
from parole_desktop.errors import UserError
from parole_desktop.store import devices as devices_store
from parole_desktop.store.vault import Vault

ENROLMENT_FORMAT = "parole-desktop-enrolment"
KIND_DEVICE = "device"
_FPR_LABEL = b"parole-desktop-device/v1\n"
_ENROL_CONTEXT = b"parole-desktop-device-enrolment/v1\n"


def device_fingerprint(ed25519_hex: str, age_recipient: str) -> str:
    """SHA-256 (hex) over both public keys of a device."""
    return hashlib.sha256(
        _FPR_LABEL + bytes.fromhex(ed25519_hex) + b"\n" + age_recipient.encode("ascii")
    ).hexdigest()


def check_age_recipient(text: str) -> str:
    """An age X25519 recipient (``age1…``), or UserError."""
    text = text.strip()
    try:
        x25519.Recipient.from_str(text)
    except pyrage.RecipientError as exc:
        raise UserError("The device's age recipient is damaged (not an age1… X25519 recipient).") from exc
    return text


def check_ed25519(text: str) -> str:
    text = text.strip().lower()
    try:
        raw = bytes.fromhex(text)
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise UserError("The device's signing key is damaged (not an Ed25519 public key).") from exc
    return text


@dataclass(frozen=True)
class DeviceKeys:
    """The public half of a device identity."""

    device_id: str
    name: str
    ed25519: str  # hex
    age_recipient: str  # age1…

    @property
    def fingerprint(self) -> str:
        return device_fingerprint(self.ed25519, self.age_recipient)


def this_device(vault: Vault) -> tuple[DeviceKeys, devices_store.DeviceSecrets]:
    """This vault's device: its public keys and (for signing and decrypting) its secrets."""
    sec = devices_store.load(vault)
    pub = sec.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    return DeviceKeys(sec.device_id, sec.name, pub, str(sec.age_identity.to_public())), sec


def _enrol_body(keys: DeviceKeys) -> dict[str, Any]:
    return {
        "format": ENROLMENT_FORMAT,
        "kind": KIND_DEVICE,
        "device_id": keys.device_id,
        "name": keys.name,
        "ed25519": keys.ed25519,
        "age": keys.age_recipient,
    }


def enrolment_json(vault: Vault) -> str:
    """The device's public enrolment for the org admin, signed by the device key."""
    keys, sec = this_device(vault)
    body = _enrol_body(keys)
    sig = sec.signing_key.sign(_ENROL_CONTEXT + canonical_json(body).encode("utf-8"))
    return json.dumps({**body, "signature": base64.b64encode(sig).decode()}, ensure_ascii=False, indent=1)


def parse_enrolment(raw: bytes | str) -> DeviceKeys:
    """A device enrolment whose self-signature verifies (UserError otherwise; nothing else is trusted
    from it: the admin compares the fingerprint with the laptop's screen)."""
    try:
        d = json.loads(raw)
        if d.get("format") != ENROLMENT_FORMAT or d.get("kind") != KIND_DEVICE:
            raise ValueError("not a device enrolment")
        keys = DeviceKeys(
            str(d["device_id"]),
            str(d["name"]),
            check_ed25519(str(d["ed25519"])),
            check_age_recipient(str(d["age"])),
        )
        if not keys.device_id or len(keys.device_id) > 64 or not keys.device_id.isalnum():
            raise ValueError("bad device id")
        sig = base64.b64decode(str(d["signature"]), validate=True)
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(keys.ed25519)).verify(
            sig, _ENROL_CONTEXT + canonical_json(_enrol_body(keys)).encode("utf-8")
        )
    except InvalidSignature as exc:
        raise UserError(
            "This device enrolment's signature does not verify: it was changed after the laptop wrote it."
        ) from exc
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeError) as exc:
        raise UserError("This is not a device enrolment file (or it is damaged).") from exc
    return keys


__all__ = [
    "KIND_DEVICE",
    "DeviceKeys",
    "check_age_recipient",
    "check_ed25519",
    "device_fingerprint",
    "enrolment_json",
    "parse_enrolment",
    "this_device",
]
