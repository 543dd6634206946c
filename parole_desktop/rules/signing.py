"""Signed rules packs for offline updates: an Ed25519 signature over the pack's canonical JSON.

This module knows the envelope and the signature only; it never reads what the pack says. Validating the
pack inside a verified envelope (and refusing to sign an invalid one) is the loader's
(:func:`parole_desktop.rules.loader.verify_signed_pack`, :func:`~parole_desktop.rules.loader.sign_pack`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from parole_desktop.errors import IntegrityError
from parole_desktop.rules.digest import canonical_bytes

PACK_FORMAT = "parole-desktop-rules-pack"
ALG = "Ed25519"


def key_id_for(public_key: Ed25519PublicKey) -> str:
    """A short, stable id for a public key (first 16 hex chars of SHA-256 of the raw key)."""
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return "pd-" + hashlib.sha256(raw).hexdigest()[:16]


def envelope_for(
    pack_dict: dict[str, Any], private_key: Ed25519PrivateKey, *, key_id: str | None = None
) -> dict[str, Any]:
    """The signed envelope around ``pack_dict`` as it is (the loader's ``sign_pack`` validates it first)."""
    kid = key_id or key_id_for(private_key.public_key())
    signature = private_key.sign(canonical_bytes(pack_dict))
    return {
        "format": PACK_FORMAT,
        "pack": pack_dict,
        "signature": {"alg": ALG, "key_id": kid, "value": base64.b64encode(signature).decode("ascii")},
    }


def _envelope(envelope_bytes: bytes) -> dict[str, Any]:
    try:
        data = json.loads(envelope_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IntegrityError("This file is not a signed rules pack: it is damaged or not JSON.") from exc
    if (
        not isinstance(data, dict)
        or data.get("format") != PACK_FORMAT
        or not isinstance(data.get("pack"), dict)
    ):
        raise IntegrityError(
            "This file is not a signed rules pack (format 'parole-desktop-rules-pack' with a 'pack')."
        )
    return data


def signed_pack_dict(
    envelope_bytes: bytes, trusted_public_keys: dict[str, bytes]
) -> tuple[str, dict[str, Any]]:
    """(key id, pack dict) of an envelope signed by a trusted publisher key; the pack is not validated here.

    Raises IntegrityError: not an envelope, unsigned, another algorithm, unknown key, bad or tampered signature.
    """
    data = _envelope(envelope_bytes)
    sig = data.get("signature")
    if not isinstance(sig, dict) or not sig.get("value"):
        raise IntegrityError(
            "The rules pack is not signed. Only packs signed by a trusted publisher can be imported."
        )
    if sig.get("alg") != ALG:
        raise IntegrityError(
            f"The rules pack uses an unsupported signature algorithm {sig.get('alg')!r} (expected Ed25519)."
        )
    key_id = str(sig.get("key_id", ""))
    raw_key = trusted_public_keys.get(key_id)
    if raw_key is None:
        raise IntegrityError(
            f"The rules pack is signed with an unknown key {key_id!r}: it does not come from a trusted publisher."
        )
    try:
        signature = base64.b64decode(str(sig["value"]), validate=True)
        Ed25519PublicKey.from_public_bytes(raw_key).verify(signature, canonical_bytes(data["pack"]))
    except (binascii.Error, ValueError, InvalidSignature) as exc:
        raise IntegrityError(
            "The rules pack's signature does not match its content: the file was altered or damaged. Do not use it."
        ) from exc
    pack: dict[str, Any] = data["pack"]
    return key_id, pack


__all__ = ["ALG", "PACK_FORMAT", "canonical_bytes", "envelope_for", "key_id_for", "signed_pack_dict"]
