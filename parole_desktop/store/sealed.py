"""Sealing under a passphrase: Argon2id derives a key, AES-256-GCM encrypts, a context string is the AAD.

The one sealing helper of the app. It seals the reviewers' signing keys (``services/signoff``), the
organization's key file (``services/roster``), and its primitives wrap the vault's master key in the vault
key file (``store/keys``, whose file format is older than this module and stays as it is).

A sealed blob is versioned JSON::

    {"format": "parole-desktop-sealed", "version": 1, "context": "reviewer:Rita Reviewer",
     "kdf": {"alg": "argon2id", "m": 65536, "t": 3, "p": 4},
     "salt": "<16 bytes, base64>", "nonce": "<12 bytes, base64>", "ct": "<ciphertext + GCM tag, base64>"}

The AAD is ``parole-desktop-sealed/1`` + NUL + the context, so a blob sealed for one purpose (one
reviewer's key, another reviewer's PDF identity, an org key) cannot be opened as another, even with the
``context`` field rewritten. A changed salt, nonce, ciphertext or KDF cost fails the GCM tag just as a
wrong passphrase does: both are refused with ``WrongPassphrase``, and nothing tells the two apart.

Blobs written before this module (reviewer keys and org key files of 0.1.x: the same KDF, salt, nonce
and ciphertext fields, no ``format``, and the bare context as the AAD) still open with
:func:`open_sealed`; every new write uses the format above.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from parole_desktop.errors import IntegrityError, WrongPassphrase
from parole_desktop.l10n import _

log = logging.getLogger(__name__)

SEALED_FORMAT = "parole-desktop-sealed"
SEALED_VERSION = 1
_AAD_PREFIX = b"parole-desktop-sealed/1\x00"
SALT_BYTES = 16
NONCE_BYTES = 12
# A KDF cost read from a file is bounded: a tampered cost must not make opening take all memory or forever.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is ~0.2 s and 64 MiB on an old 2-core laptop."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """A 256-bit key from ``secret`` (a passphrase or recovery key, encoded) and ``salt``."""
        kdf = Argon2id(
            salt=salt, length=32, iterations=self.iterations, lanes=self.lanes, memory_cost=self.memory_kib
        )
        return kdf.derive(secret)

    def to_dict(self) -> dict[str, Any]:
        return {"alg": "argon2id", "m": self.memory_kib, "t": self.iterations, "p": self.lanes}

    @classmethod
    def from_dict(cls, d: Any) -> KdfParams:
        """The cost as written in a file ('alg' may be missing in 0.1.x reviewer blobs; it was Argon2id)."""
        if not isinstance(d, dict) or d.get("alg", "argon2id") != "argon2id":
            raise ValueError("unknown key derivation")
        kdf = cls(memory_kib=int(d["m"]), iterations=int(d["t"]), lanes=int(d["p"]))
        if not (
            8 * kdf.lanes <= kdf.memory_kib <= MAX_MEMORY_KIB
            and 1 <= kdf.iterations <= MAX_ITERATIONS
            and 1 <= kdf.lanes <= MAX_LANES
        ):
            raise ValueError("key derivation cost out of range")
        return kdf


# ---------------------------------------------------------------------------- primitives
def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM under ``key`` with a fresh random nonce: returns (nonce, ciphertext with tag)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes, *, wrong: str) -> bytes:
    """The plaintext, or ``WrongPassphrase(wrong)`` when the key, nonce, ciphertext or AAD is not the sealed one."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag as exc:
        raise WrongPassphrase(wrong) from exc


# ---------------------------------------------------------------------------- sealed blobs
def _aad(context: str) -> bytes:
    return _AAD_PREFIX + context.encode("utf-8")


def seal(passphrase: str, plaintext: bytes, context: str, kdf: KdfParams) -> dict[str, Any]:
    """``plaintext`` sealed under ``passphrase`` for ``context`` (what it is and whose: the AAD)."""
    salt = os.urandom(SALT_BYTES)
    nonce, ct = encrypt(kdf.derive(passphrase.encode("utf-8"), salt), plaintext, _aad(context))
    return {
        "format": SEALED_FORMAT,
        "version": SEALED_VERSION,
        "context": context,
        "kdf": kdf.to_dict(),
        "salt": b64(salt),
        "nonce": b64(nonce),
        "ct": b64(ct),
    }


def seal_json(passphrase: str, plaintext: bytes, context: str, kdf: KdfParams) -> str:
    """:func:`seal` as one JSON text (a database column)."""
    return json.dumps(seal(passphrase, plaintext, context, kdf), sort_keys=True)


def is_legacy(blob: dict[str, Any]) -> bool:
    """A 0.1.x blob: KDF, salt, nonce and ciphertext, and no format marker."""
    return "format" not in blob and {"kdf", "salt", "nonce", "ct"} <= blob.keys()


def open_sealed(
    blob: dict[str, Any] | str | bytes, passphrase: str, context: str, *, wrong: str = "Wrong passphrase."
) -> bytes:
    """The plaintext sealed for ``context``.

    ``WrongPassphrase(wrong)`` for a wrong passphrase or a changed salt, nonce, ciphertext, KDF cost or
    context; ``IntegrityError`` when the blob is not a sealed blob at all, is of a newer version, or
    says it was sealed for another context.
    """
    try:
        d = json.loads(blob) if isinstance(blob, (str, bytes)) else blob
        if not isinstance(d, dict):
            raise ValueError("not a JSON object")
        legacy = is_legacy(d)
        if not legacy:
            if d.get("format") != SEALED_FORMAT:
                raise ValueError("not a sealed blob")
            if int(d.get("version", 0)) > SEALED_VERSION:
                raise IntegrityError(
                    _("This key was sealed by a newer version of Parole Desktop; update the app.")
                )
            if d.get("context") != context:
                raise IntegrityError(
                    _(
                        "This sealed key belongs to “{owner}”, not to “{context}”: it was moved or swapped."
                    ).format(owner=d.get("context"), context=context)
                )
        kdf = KdfParams.from_dict(d["kdf"])
        salt, nonce, ct = unb64(d["salt"]), unb64(d["nonce"]), unb64(d["ct"])
        if len(salt) < SALT_BYTES or len(nonce) != NONCE_BYTES:
            raise ValueError("salt or nonce of the wrong length")
    except IntegrityError:
        raise
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        log.info("sealed blob unreadable: %s", type(exc).__name__)
        raise IntegrityError(
            _("The sealed key is damaged (it is not in a format Parole Desktop wrote).")
        ) from exc
    aad = context.encode("utf-8") if legacy else _aad(context)
    return decrypt(kdf.derive(passphrase.encode("utf-8"), salt), nonce, ct, aad, wrong=wrong)


__all__ = [
    "SEALED_FORMAT",
    "SEALED_VERSION",
    "KdfParams",
    "b64",
    "decrypt",
    "encrypt",
    "is_legacy",
    "open_sealed",
    "seal",
    "seal_json",
    "unb64",
]
