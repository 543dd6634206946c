"""Sealed objects: what leaves a vault (a revision, an evidence blob, a sign-off, a signed filing, a
manifest).

Layout of the plaintext inside the age file (the C2SP age format, X25519 recipients, via pyrage)::

    b"PDSEAL1\\n" | header length (4 bytes, big-endian) | header (canonical JSON) | payload | zero padding

The header names the author device (id and Ed25519 key), the context (what kind of object this is, so a
sign-off can never be replayed as a revision), the recipients it was sealed to, when, and the payload's
size and SHA-256; ``sig`` is the author's Ed25519 signature over all of that. age alone proves nothing
about the sender (anyone can encrypt to a public recipient), hence the signature *inside* the encryption;
and because the signature covers the recipient list, a recipient who decrypts and re-encrypts the signed
content to someone else is caught ("forwarded").

The whole plaintext is padded to the Padmé length (at most 12 % more), so a ciphertext's size tells the
hub or whoever holds the medium only a size bucket, not the exact size of a file.

Opening never returns anything half-checked: every failure is :class:`Quarantined` with a reason code
and a sentence for the person who has to look at it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import struct
from dataclasses import dataclass
from typing import Any, Protocol

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyrage import x25519

from parole_desktop.domain.codec import canonical_json
from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.exchange.identity import DeviceKeys, check_age_recipient
from parole_desktop.store.devices import DeviceSecrets

MAGIC = b"PDSEAL1\n"
_SIG_CONTEXT = b"parole-desktop-seal/v1\n"
_HEADER_MAX = 64 * 1024
CONTEXTS = ("revision", "evidence", "signoff", "bundle-manifest", "rules-pack", "filing", "test")


class Quarantined(IntegrityError):
    """A sealed object that is not applied; ``code`` says why (for the quarantine list and the tests).

    ``author`` (device id), ``author_key`` and ``context`` are filled in only when the author's signature
    over them verified (refused later: another kind than expected, forwarded, an author the directory does
    not accept), so the quarantine list can say which laptop and what kind; never for an object that did
    not decrypt or verify."""

    def __init__(
        self, code: str, message: str, *, author: str = "", author_key: str = "", context: str = ""
    ) -> None:
        super().__init__(message)
        self.code = code
        self.author, self.author_key, self.context = author, author_key, context


class AuthorDirectory(Protocol):
    """Who may author sealed objects (services builds it from the pinned roster)."""

    def author_problem(self, ed25519_hex: str) -> str:
        """'' when a listed, active device holds this key; else why its objects are not taken."""
        ...


@dataclass(frozen=True)
class Opened:
    payload: bytes
    author_id: str
    author_key: str
    context: str
    created_at: str
    recipients: tuple[str, ...]


def padme(length: int) -> int:
    """The Padmé padded length of ``length`` bytes (Nikitin et al., PETS 2019): at most ~12 % overhead,
    and a length leaks O(log log n) bits instead of O(log n)."""
    if length < 2:
        return length
    e = length.bit_length() - 1
    s = e.bit_length()
    mask = (1 << (e - s)) - 1
    return (length + mask) & ~mask


def _signed_bytes(header: dict[str, Any]) -> bytes:
    return _SIG_CONTEXT + canonical_json({k: v for k, v in header.items() if k != "sig"}).encode("utf-8")


def seal(
    payload: bytes,
    author: DeviceKeys,
    secrets: DeviceSecrets,
    recipients: list[str],
    *,
    context: str,
    now: dt.datetime | None = None,
) -> bytes:
    """``payload`` encrypted to ``recipients`` (age ``age1…`` strings) and signed by the author device."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown seal context {context!r}")
    if author.device_id != secrets.device_id:
        raise ValueError("the author's public keys and secrets are of different devices")
    wanted = sorted({check_age_recipient(r) for r in recipients})
    if not wanted:
        raise UserError("Nobody to seal this for: the roster lists no device or reviewer to receive it.")
    header: dict[str, Any] = {
        "v": 1,
        "author": author.device_id,
        "author_key": author.ed25519,
        "context": context,
        "recipients": wanted,
        "created_at": (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "size": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
    header["sig"] = base64.b64encode(secrets.signing_key.sign(_signed_bytes(header))).decode()
    head = canonical_json(header).encode("utf-8")
    body = MAGIC + struct.pack(">I", len(head)) + head + payload
    body += b"\0" * (padme(len(body)) - len(body))
    return bytes(pyrage.encrypt(body, [x25519.Recipient.from_str(r) for r in wanted]))


def open_sealed(
    blob: bytes,
    secrets: DeviceSecrets,
    directory: AuthorDirectory,
    *,
    context: str | tuple[str, ...],
) -> Opened:
    """The payload of a sealed object addressed to this device, from an author the directory accepts;
    :class:`Quarantined` otherwise (the reason says which check failed). ``context``: the kind expected
    here, or the kinds a receiver accepts (a vault receiving from a transport takes any kind it has a
    receiver for, and dispatches on :attr:`Opened.context`)."""
    try:
        body = bytes(pyrage.decrypt(blob, [secrets.age_identity]))
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise Quarantined(
                "not_for_us", "This object was not sealed for this laptop (its key is not a recipient)."
            ) from exc
        raise Quarantined(
            "damaged", "This object is damaged or was changed after it was sealed (it does not decrypt)."
        ) from exc
    try:
        if not body.startswith(MAGIC):
            raise ValueError("no magic")
        (hlen,) = struct.unpack(">I", body[len(MAGIC) : len(MAGIC) + 4])
        if hlen > _HEADER_MAX:
            raise ValueError("header too long")
        start = len(MAGIC) + 4
        head_bytes = body[start : start + hlen]
        header = json.loads(head_bytes)
        if not isinstance(header, dict) or int(header.get("v", 0)) != 1:
            raise ValueError("unknown header version")
        if canonical_json(header).encode("utf-8") != head_bytes:
            raise ValueError("header not canonical")
        size = int(header["size"])
        payload = body[start + hlen : start + hlen + size]
        rest = body[start + hlen + size :]
        author_key = str(header["author_key"])
        recipients = tuple(str(r) for r in header["recipients"])
        sig = base64.b64decode(str(header["sig"]), validate=True)
    except (ValueError, KeyError, TypeError, struct.error, UnicodeError) as exc:
        raise Quarantined("damaged", "This object decrypts but its contents are not understood.") from exc
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(author_key)).verify(sig, _signed_bytes(header))
    except (InvalidSignature, ValueError) as exc:
        raise Quarantined(
            "bad_signature", "The author's signature inside this object does not verify."
        ) from exc
    if len(payload) != size or hashlib.sha256(payload).hexdigest() != header["sha256"] or rest.strip(b"\0"):
        raise Quarantined("damaged", "This object's contents do not match what its author signed.")
    signed = {
        "author": str(header.get("author", "")),
        "author_key": author_key,
        "context": str(header["context"]),
    }
    wanted = (context,) if isinstance(context, str) else context
    if header["context"] not in wanted:
        raise Quarantined(
            "wrong_context",
            f"This object is a {header['context']!r}, not the {' or '.join(map(repr, wanted))} expected here "
            "(a replay?).",
            **signed,
        )
    mine = str(secrets.age_identity.to_public())
    if mine not in recipients:
        raise Quarantined(
            "forwarded",
            "This object was sealed by its author for other laptops and passed on to this one by someone "
            "else; it is not taken.",
            **signed,
        )
    problem = directory.author_problem(author_key)
    if problem:
        raise Quarantined("untrusted_author", problem, **signed)
    return Opened(
        payload,
        str(header["author"]),
        author_key,
        str(header["context"]),
        str(header["created_at"]),
        recipients,
    )


__all__ = ["CONTEXTS", "AuthorDirectory", "Opened", "Quarantined", "open_sealed", "padme", "seal"]
