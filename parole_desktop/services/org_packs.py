"""Rules packs signed by the organization (issue #23 item 8): the org admin signs a pack with the org key of
``org create`` (the same key that signs the trust roster), and every vault pinned to that organization's
roster takes it — from a file (``rules import``), a USB bundle or the hub (a sealed ``rules-pack`` object).

The envelope is one JSON document::

    {"format": "parole-desktop-org-rules-pack",
     "pack": {...},
     "org": {"name": "Harbor Legal Aid", "fingerprint": "<SHA-256 of the org public key, hex>"},
     "signature": {"alg": "Ed25519", "public_key": "<hex>", "value": "<base64>"}}

The signature covers a fixed label and the canonical JSON (``rules/digest.py``) of ``format``, ``org`` and
``pack``: changing a digit of a fee, the org's name or the fingerprint breaks it. Trust never comes from the
envelope: a vault takes the pack only when the fingerprint it names is the one the vault pinned, and the
signing key is that organization's key (``services/roster.py``). A pack signed with any other key is refused
and says whose key it was when the roster knows it (a revoked laptop or reviewer, say).

The project's own publisher-signed packs (``rules/signing.py``) are still taken as before; both kinds are
stored in the same table and ``services.checks.active_pack`` picks the newest.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.rules import RulesPack
from parole_desktop.rules.digest import canonical_bytes
from parole_desktop.rules.loader import pack_from_dict
from parole_desktop.services.names import short_fingerprint
from parole_desktop.services.roster import OrgKey, Roster, key_fingerprint

log = logging.getLogger(__name__)

ORG_PACK_FORMAT = "parole-desktop-org-rules-pack"
_SIG_CONTEXT = b"parole-desktop-org-rules-pack/v1\n"


class PackRefused(IntegrityError):
    """A signed pack that is not taken; ``code`` says why (the quarantine list of the exchange and the
    tests read it): damaged, other_org, revoked_key, not_org_key, unknown_key, tampered, version_clash."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PackSigner:
    """Who vouches for a rules pack: ``kind`` is "bundled" (installed with the app, pinned in the code),
    "publisher" (the project's publisher key ``key_id``) or "org" (an organization's key)."""

    kind: str
    name: str = ""
    fingerprint: str = ""  # org: the SHA-256 of its public key (hex)
    key_id: str = ""  # publisher: the key id of publisher_keys.json

    @property
    def text(self) -> str:
        if self.kind == "org":
            return f"signed by the organization {self.name} (org key fingerprint {short_fingerprint(self.fingerprint)})"
        if self.kind == "publisher":
            return f"signed by the Parole Desktop project's publisher (key {self.key_id})"
        return "bundled with the app (the Parole Desktop project's pack, pinned in the code)"

    def as_dict(self) -> dict[str, str]:
        d = {"kind": self.kind, "text": self.text}
        if self.kind == "org":
            d.update(name=self.name, fingerprint=self.fingerprint)
        if self.kind == "publisher":
            d["key_id"] = self.key_id
        return d


def _signed_bytes(body: dict[str, Any]) -> bytes:
    return _SIG_CONTEXT + canonical_bytes({k: body[k] for k in ("format", "org", "pack")})


def envelope_with_key(
    pack_dict: dict[str, Any], key: Ed25519PrivateKey, org_name: str, org_fingerprint: str
) -> dict[str, Any]:
    """The envelope as signed by ``key`` (which the verifier accepts only when it is the org's key)."""
    body: dict[str, Any] = {
        "format": ORG_PACK_FORMAT,
        "org": {"name": org_name, "fingerprint": org_fingerprint},
        "pack": pack_dict,
    }
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    value = base64.b64encode(key.sign(_signed_bytes(body))).decode("ascii")
    return {**body, "signature": {"alg": "Ed25519", "public_key": public, "value": value}}


def sign_org_pack(pack_dict: dict[str, Any], org: OrgKey) -> bytes:
    """The org-signed envelope of ``pack_dict`` (validated first: a broken pack is never signed)."""
    if not isinstance(pack_dict, dict):
        raise UserError("This is not a rules pack (the file is not a JSON object).")
    pack_from_dict(pack_dict)
    envelope = envelope_with_key(pack_dict, org.key, org.name, org.fingerprint)
    return json.dumps(envelope, ensure_ascii=False, indent=1).encode("utf-8")


def is_org_envelope(raw: bytes) -> bool:
    """Whether ``raw`` claims to be an org-signed pack (cheap: the format field only; nothing verified)."""
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(data, dict) and data.get("format") == ORG_PACK_FORMAT


def _parse(raw: bytes) -> tuple[dict[str, Any], str, str, bytes]:
    """(body, org name, fingerprint it names, raw signing key) of an envelope; IntegrityError when damaged."""
    try:
        data = json.loads(bytes(raw).decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != ORG_PACK_FORMAT:
            raise ValueError("format")
        org, sig = data["org"], data["signature"]
        if not isinstance(data["pack"], dict) or set(data) != {"format", "org", "pack", "signature"}:
            raise ValueError("fields")
        if sig.get("alg") != "Ed25519":
            raise ValueError("alg")
        name, fpr = str(org["name"]), str(org["fingerprint"]).lower()
        key = bytes.fromhex(str(sig["public_key"]))
        if len(key) != 32 or len(bytes.fromhex(fpr)) != 32:
            raise ValueError("key length")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PackRefused(
            "damaged", "This file is not an organization-signed rules pack (or it is damaged)."
        ) from exc
    return data, name, fpr, key


def _signature_ok(data: dict[str, Any], key: bytes) -> bool:
    try:
        sig = base64.b64decode(str(data["signature"]["value"]), validate=True)
        Ed25519PublicKey.from_public_bytes(key).verify(sig, _signed_bytes(data))
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def verify_org_pack(raw: bytes, roster: Roster | None) -> tuple[RulesPack, PackSigner]:
    """The pack of an org-signed envelope, checked against the vault's pinned ``roster``: the org it names
    must be the pinned one, the key that signed must be that org's key (not a reviewer's or a laptop's,
    revoked or not), the signature must match the content, and the pack must be a valid pack.

    Raises IntegrityError (the reason in words) or ValidationError (the pack's JSON path)."""
    data, name, fpr, key = _parse(raw)
    if roster is None:
        raise UserError(
            f"This rules pack is signed by the organization {name}; this vault trusts no organization yet "
            "(import the organization's roster first: `roster import FILE --fingerprint …`)."
        )
    if fpr != roster.org_fingerprint:
        raise PackRefused(
            "other_org",
            f"This rules pack is signed for another organization ({name}, org key fingerprint "
            f"{short_fingerprint(fpr)}); this vault trusts {roster.org_name} "
            f"({roster.org_fingerprint_short}). It was not imported.",
        )
    if key.hex() != roster.org_public_key:
        member = roster.member_by_key(key.hex())
        if member is not None and member.revoked_at is not None:
            code, why = (
                "revoked_key",
                (
                    f"it is signed by a revoked key: the key of {member.name}, revoked in the roster on "
                    f"{member.revoked_at} ({member.revoked_reason or 'no reason given'})"
                ),
            )
        elif member is not None:
            code, why = (
                "not_org_key",
                f"it is signed with the key of {member.name} (a {member.kind}), not with the org key",
            )
        else:
            code, why = "unknown_key", "it is signed by a key that is not the organization's key"
        raise PackRefused(
            code,
            f"This rules pack names {roster.org_name} but {why}. Only the org admin's org key signs "
            "rules packs. It was not imported.",
        )
    if not _signature_ok(data, key):
        raise PackRefused(
            "tampered",
            "The rules pack's signature does not match its content: the file was altered or damaged "
            "after the organization signed it. Do not use it; it was not imported.",
        )
    pack = pack_from_dict(data["pack"])
    log.info("verified rules pack %s %s signed by org %s", pack.id, pack.version, fpr[:16])
    return pack, PackSigner("org", roster.org_name, fpr)


def verify_stored(raw: bytes, pinned_fingerprint: str) -> RulesPack:
    """A stored org pack, verified again on reading: signed by the key whose fingerprint the vault pinned
    (an envelope swapped in the database by someone holding the passphrase is refused)."""
    return _stored(bytes(raw), pinned_fingerprint)


@lru_cache(maxsize=8)
def _stored(raw: bytes, pinned_fingerprint: str) -> RulesPack:
    data, _name, fpr, key = _parse(raw)
    if (
        not pinned_fingerprint
        or fpr != pinned_fingerprint
        or key_fingerprint(key.hex()) != pinned_fingerprint
        or not _signature_ok(data, key)
    ):
        raise PackRefused(
            "tampered",
            "An organization-signed rules pack stored in this vault does not verify with the pinned "
            "organization's key: it was changed. Import the pack again from the organization's file.",
        )
    return pack_from_dict(data["pack"])


def signer_of(raw: bytes) -> PackSigner:
    """Who signed a stored envelope (after it verified): the org it names, or the publisher's key id."""
    if is_org_envelope(raw):
        _data, name, fpr, _key = _parse(raw)
        return PackSigner("org", name, fpr)
    try:
        key_id = str(json.loads(raw)["signature"]["key_id"])
    except (ValueError, KeyError, TypeError):
        key_id = "?"
    return PackSigner("publisher", key_id=key_id)


BUNDLED = PackSigner("bundled")

__all__ = [
    "BUNDLED",
    "ORG_PACK_FORMAT",
    "PackRefused",
    "PackSigner",
    "envelope_with_key",
    "is_org_envelope",
    "sign_org_pack",
    "signer_of",
    "verify_org_pack",
    "verify_stored",
]
