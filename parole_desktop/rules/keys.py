"""Trusted publisher keys for imported rules packs (key id -> raw Ed25519 public key)."""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

from parole_desktop.errors import IntegrityError
from parole_desktop.rules.loader import rules_resource_dir

PUBLISHER_KEYS_PATH = rules_resource_dir() / "publisher_keys.json"


def parse_trusted_keys(text: str) -> dict[str, bytes]:
    """``{"key_id": "<base64 raw public key>"}`` -> ``{key_id: bytes}``; each key must be 32 bytes."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IntegrityError(f"The publisher key list is not valid JSON (line {exc.lineno}).") from exc
    if not isinstance(data, dict):
        raise IntegrityError("The publisher key list must map key ids to base64 public keys.")
    keys: dict[str, bytes] = {}
    for key_id, value in data.items():
        try:
            raw = base64.b64decode(str(value), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise IntegrityError(f"Publisher key {key_id!r} is not valid base64.") from exc
        if len(raw) != 32:
            raise IntegrityError(f"Publisher key {key_id!r} is not a 32-byte Ed25519 public key.")
        keys[str(key_id)] = raw
    return keys


def load_trusted_keys(path: Path | str | None = None) -> dict[str, bytes]:
    """The publisher keys shipped with the app (or those in ``path``)."""
    p = Path(path) if path is not None else PUBLISHER_KEYS_PATH
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise IntegrityError(f"Cannot read the publisher key list {p}: {exc.strerror or exc}") from exc
    return parse_trusted_keys(text)


def public_key_b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
