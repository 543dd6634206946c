"""Trusted publisher keys for imported rules packs (key id -> raw Ed25519 public key)."""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

from parole_desktop.errors import IntegrityError
from parole_desktop.rules import pinned
from parole_desktop.rules.digest import content_sha256
from parole_desktop.rules.loader import check_pinned, rules_resource_dir

PUBLISHER_KEYS_PATH = rules_resource_dir() / "publisher_keys.json"


def parse_trusted_keys(text: str, *, pinned_path: Path | None = None) -> dict[str, bytes]:
    """``{"key_id": "<base64 raw public key>"}`` -> ``{key_id: bytes}``; each key must be 32 bytes.
    ``pinned_path``: the list is the one bundled at that path, refused unless it is the pinned one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f" {pinned_path}" if pinned_path is not None else ""
        raise IntegrityError(f"The publisher key list{where} is not valid JSON (line {exc.lineno}).") from exc
    if pinned_path is not None:
        check_pinned(pinned_path, "publisher key list", content_sha256(data), pinned.PUBLISHER_KEYS_SHA256)
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


def load_trusted_keys(path: Path | str | None = None, *, resources: Path | None = None) -> dict[str, bytes]:
    """The publisher keys shipped with the app — refused unless they are the ones pinned in the code
    (``rules/pinned.py``): a key added beside the pack where the app is installed would let anyone sign a
    pack — or those in ``path`` (a test's or a tool's own list, not pinned). ``resources``: the ``rules``
    folder of another copy of the app's resources (a test of the pin)."""
    bundled = path is None
    if path is not None:
        p = Path(path)
    else:
        p = (
            (resources / "publisher_keys.json")
            if resources is not None
            else rules_resource_dir() / "publisher_keys.json"
        )
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise IntegrityError(f"Cannot read the publisher key list {p}: {exc.strerror or exc}") from exc
    return parse_trusted_keys(text, pinned_path=p if bundled else None)


def public_key_b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
