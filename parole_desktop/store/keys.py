"""The vault's key file: a random master key wrapped by Argon2id(passphrase) and by a recovery key.

The wrapping uses the sealing primitives of ``store/sealed.py`` (Argon2id, AES-256-GCM). The key file keeps
its own JSON layout (format ``parole-desktop-keys`` version 1: one entry per way in, each with its KDF
cost, salt, nonce and ciphertext; the vault id in the AAD), which every vault since 0.1.0 has on disk.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from parole_desktop.errors import StorageError, UserError, WrongPassphrase
from parole_desktop.fsutil import atomic_write_bytes
from parole_desktop.l10n import _
from parole_desktop.store.sealed import KdfParams, b64, decrypt, encrypt, unb64
from parole_desktop.vaultfiles import MIN_PASSPHRASE_LEN as MIN_PASSPHRASE_LEN
from parole_desktop.vaultfiles import MIN_STRENGTH as MIN_STRENGTH

KEYFILE_FORMAT = "parole-desktop-keys"
DEMO_PASSPHRASE = "demo passphrase"  # published (the demo vault's unlock page shows it)
PUBLISHED_PASSPHRASES = frozenset({DEMO_PASSPHRASE})
_ZXCVBN_MAX = 72  # zxcvbn's own limit; a longer passphrase is judged by its first 72 characters
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


DEFAULT_KDF = KdfParams()  # the cost of every new seal: vault key file, reviewer keys, org key


def subkey(master: bytes, purpose: str) -> bytes:
    """Independent 256-bit keys for the database, the attachments and the audit MAC."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(master)


def new_recovery_key() -> str:
    """25 random characters from a 32-letter alphabet (125 bits), shown in groups of five."""
    raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(25))
    return "-".join(raw[i : i + 5] for i in range(0, 25, 5))


def normalise_recovery_key(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())  # the alphabet has no 0/O or 1/I
    if len(cleaned) != 25 or any(ch not in _RECOVERY_ALPHABET for ch in cleaned):
        raise WrongPassphrase(_("That is not a recovery key: it has 25 letters and digits in five groups."))
    return cleaned


def _zxcvbn(passphrase: str) -> dict[str, Any]:
    from zxcvbn import zxcvbn

    return dict(zxcvbn(passphrase[:_ZXCVBN_MAX], user_inputs=["parole", "desktop", "vault", "legal", "aid"]))


def check_passphrase(passphrase: str, *, allow_published: bool = False) -> None:
    """At least MIN_PASSPHRASE_LEN characters, not a published passphrase, and at least MIN_STRENGTH by
    the zxcvbn estimator (dictionary words, keyboard patterns, repeats and dates count for little)."""
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        raise UserError(
            _("The passphrase is too short: use at least {n} characters.").format(n=MIN_PASSPHRASE_LEN)
        )
    if not allow_published and passphrase.strip().casefold() in PUBLISHED_PASSPHRASES:
        raise UserError(_("That is the demo vault's published passphrase: choose your own."))
    result = _zxcvbn(passphrase)
    if int(result["score"]) < MIN_STRENGTH:
        fb = result.get("feedback") or {}
        # zxcvbn's own advice is English only (the estimator has no catalogs)
        why = fb.get("warning") or _("it is too easy to guess")
        tips = " ".join(fb.get("suggestions") or [])
        raise UserError(
            _("The passphrase is too weak: {why}. {tips}")
            .format(why=why.rstrip("."), tips=tips or _("Add more words."))
            .strip()
        )


def _canonical(passphrase: str) -> str:
    """A passphrase as someone who knows it would retype it: NFKC, case-folded, without any whitespace."""
    return "".join(unicodedata.normalize("NFKC", passphrase).casefold().split())


def _one_deleted(text: str) -> set[str]:
    """``text`` and every string made from it by deleting one character."""
    return {text, *(text[:i] + text[i + 1 :] for i in range(len(text)))}


class PassphraseEcho:
    """What the vault passphrase looks like, kept while the vault is open so that a reviewer passphrase that
    equals or nearly equals it is refused (anyone who can open the vault could then unlock that reviewer's
    key and sign), without keeping the passphrase itself: keyed hashes (a random key of this object, never
    stored) of its canonical form (``_canonical``: case and whitespace do not count) and of every form of
    it with one character deleted.

    ``resembles(candidate)``: the canonical forms are equal, one edit apart (a character added, removed,
    replaced, or two neighbours swapped: two strings are within one such edit when they share a form with at
    most one character deleted; this also catches a few two-edit pairs, which is the safe side), or the
    candidate contains the whole vault passphrase (``vault passphrase 2``)."""

    def __init__(self, passphrase: str) -> None:
        self._key = os.urandom(32)
        canon = _canonical(passphrase)
        self._length = len(canon)
        self._whole = self._hash(canon)
        self._near = {self._hash(v) for v in _one_deleted(canon)}

    def _hash(self, text: str) -> bytes:
        return hmac.new(self._key, text.encode("utf-8"), hashlib.sha256).digest()

    def resembles(self, candidate: str) -> bool:
        canon = _canonical(candidate)
        if not self._near.isdisjoint(self._hash(v) for v in _one_deleted(canon)):
            return True
        n = self._length
        return n > 0 and any(self._hash(canon[i : i + n]) == self._whole for i in range(len(canon) - n + 1))


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """A 0-4 score (zxcvbn) and a hint for the GUI; below MIN_STRENGTH the passphrase is refused."""
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        return 0, _("Too short: at least {n} characters.").format(n=MIN_PASSPHRASE_LEN)
    if passphrase.strip().casefold() in PUBLISHED_PASSPHRASES:
        return 0, _("That is the demo vault's published passphrase: choose your own.")
    result = _zxcvbn(passphrase)
    score = int(result["score"])
    fb = result.get("feedback") or {}
    advice = " ".join(x for x in [fb.get("warning") or "", *(fb.get("suggestions") or [])] if x)
    hints = {
        0: _("Very weak: too easy to guess."),
        1: _("Weak: too easy to guess."),
        2: _("Fair, but not enough: add another word or two."),
        3: _("Good."),
        4: _("Strong."),
    }
    hint = hints[score] + (f" {advice}" if advice and score < MIN_STRENGTH else "")
    return score, hint


def _wrap(wrapping_key: bytes, master: bytes, aad: bytes) -> dict[str, str]:
    nonce, ct = encrypt(wrapping_key, master, aad)
    return {"nonce": b64(nonce), "ct": b64(ct)}


def _unwrap(wrapping_key: bytes, blob: dict[str, str], aad: bytes) -> bytes:
    try:
        nonce, ct = unb64(blob["nonce"]), unb64(blob["ct"])
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(_("The vault key file is damaged.")) from exc
    return decrypt(wrapping_key, nonce, ct, aad, wrong="Wrong passphrase.")


def _salt(entry: dict[str, Any]) -> bytes:
    try:
        return unb64(entry["salt"])
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(_("The vault key file is damaged.")) from exc


@dataclass
class KeyFile:
    """The JSON file beside the database. Holds nothing usable without the passphrase or recovery key."""

    vault_id: str
    data: dict[str, Any]

    @classmethod
    def create(
        cls, passphrase: str, kdf: KdfParams | None = None, *, allow_published: bool = False
    ) -> tuple[KeyFile, bytes, str]:
        """A new vault key: returns (key file, master key, recovery key to show once). Only the demo
        vault may use a published passphrase (``allow_published``)."""
        check_passphrase(passphrase, allow_published=allow_published)
        kdf = kdf or DEFAULT_KDF
        master = os.urandom(32)
        vault_id = secrets.token_hex(8)
        recovery = new_recovery_key()
        kf = cls(vault_id=vault_id, data={"format": KEYFILE_FORMAT, "version": 1, "vault_id": vault_id})
        kf._set_passphrase(master, passphrase, kdf)
        salt = os.urandom(16)
        rkey = kdf.derive(normalise_recovery_key(recovery).encode(), salt)
        kf.data["recovery"] = {
            "kdf": kdf.to_dict(),
            "salt": b64(salt),
            **_wrap(rkey, master, b"recovery:" + vault_id.encode()),
        }
        return kf, master, recovery

    def _set_passphrase(self, master: bytes, passphrase: str, kdf: KdfParams) -> None:
        salt = os.urandom(16)
        wkey = kdf.derive(passphrase.encode("utf-8"), salt)
        self.data["passphrase"] = {
            "kdf": kdf.to_dict(),
            "salt": b64(salt),
            **_wrap(wkey, master, b"passphrase:" + self.vault_id.encode()),
        }

    def unlock(self, passphrase: str) -> bytes:
        entry = self.data["passphrase"]
        wkey = _kdf_from(entry["kdf"]).derive(passphrase.encode("utf-8"), _salt(entry))
        return _unwrap(wkey, entry, b"passphrase:" + self.vault_id.encode())

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        entry = self.data["recovery"]
        secret = normalise_recovery_key(recovery_key).encode()
        wkey = _kdf_from(entry["kdf"]).derive(secret, _salt(entry))
        try:
            return _unwrap(wkey, entry, b"recovery:" + self.vault_id.encode())
        except WrongPassphrase as exc:
            raise WrongPassphrase(_("Wrong recovery key.")) from exc

    def rewrap(self, master: bytes, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Change the passphrase: only the wrapping changes, the data is not re-encrypted."""
        check_passphrase(new_passphrase)
        self._set_passphrase(master, new_passphrase, kdf or _kdf_from(self.data["passphrase"]["kdf"]))

    # ------------------------------------------------------------ recovery key and master key rotation
    def new_recovery(self, master: bytes, kdf: KdfParams | None = None) -> str:
        """A new recovery key wrapping ``master``; the old one stops opening this key file. Returns it."""
        kdf = kdf or _kdf_from(self.data["recovery"]["kdf"])
        recovery = new_recovery_key()
        salt = os.urandom(16)
        rkey = kdf.derive(normalise_recovery_key(recovery).encode(), salt)
        self.data["recovery"] = {
            "kdf": kdf.to_dict(),
            "salt": b64(salt),
            **_wrap(rkey, master, b"recovery:" + self.vault_id.encode()),
        }
        return recovery

    @property
    def rotation_state(self) -> str:
        """'' (none), 'db' (database about to be rekeyed) or 'attachments' (files being re-encrypted)."""
        return str((self.data.get("rotation") or {}).get("state", ""))

    def begin_rotation(self, old: bytes, new: bytes) -> None:
        """Step 1: the new master key, wrapped under the old one, so an interrupted rekey can be undone."""
        self.data["rotation"] = {
            "state": "db",
            **_wrap(subkey(old, "rotation-next"), new, b"rotation-next:" + self.vault_id.encode()),
        }

    def rotation_next(self, old: bytes) -> bytes:
        return _unwrap(
            subkey(old, "rotation-next"), self.data["rotation"], b"rotation-next:" + self.vault_id.encode()
        )

    def commit_rotation(self, old: bytes, new: bytes, passphrase: str) -> str:
        """Step 2 (the database is under the new key): the passphrase and a new recovery key wrap the new
        master; the old one is kept under the new one until every file is re-encrypted. Returns the
        new recovery key."""
        self._set_passphrase(new, passphrase, _kdf_from(self.data["passphrase"]["kdf"]))
        recovery = self.new_recovery(new)
        self.data["rotation"] = {
            "state": "attachments",
            **_wrap(subkey(new, "rotation-prev"), old, b"rotation-prev:" + self.vault_id.encode()),
        }
        return recovery

    def rotation_previous(self, new: bytes) -> bytes:
        return _unwrap(
            subkey(new, "rotation-prev"), self.data["rotation"], b"rotation-prev:" + self.vault_id.encode()
        )

    def end_rotation(self) -> None:
        self.data.pop("rotation", None)

    def to_bytes(self) -> bytes:
        return json.dumps(self.data, indent=1, sort_keys=True).encode()

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise StorageError(_("The vault key file {path} is missing.").format(path=path)) from exc
        except OSError as exc:
            raise StorageError(
                _("Cannot read the vault key file {path}: {strerror}").format(
                    path=path, strerror=exc.strerror
                )
            ) from exc
        return cls.from_bytes(raw, str(path))

    @classmethod
    def from_bytes(cls, raw: bytes, where: str = "key file") -> KeyFile:
        try:
            data = json.loads(raw)
            if data.get("format") != KEYFILE_FORMAT:
                raise ValueError("not a key file")
            vault_id = str(data["vault_id"])
            data["passphrase"]["salt"]
            data["recovery"]["salt"]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StorageError(
                _("{where} is damaged or not a Parole Desktop vault key file.").format(where=where)
            ) from exc
        return cls(vault_id=vault_id, data=data)


def _kdf_from(d: dict[str, Any]) -> KdfParams:
    try:
        return KdfParams.from_dict(d)
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(
            _("The vault key file uses an unknown key derivation (or it is damaged).")
        ) from exc
