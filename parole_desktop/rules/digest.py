"""The one definition of a rules pack's SHA-256 (and of the publisher key list's): SHA-256 of its canonical
JSON (sorted keys, no whitespace, UTF-8 kept) — the bytes a pack signature covers.

Hashing the parsed JSON, not the file, gives the bundled pack and an imported (signed) pack of the same
content the same SHA-256, and keeps a file whose line endings a checkout changed (Windows) the same pack.
Imports nothing, so the typed pack, the envelope and the pin can all use it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_bytes(obj: Any) -> bytes:
    """The bytes that are signed and hashed: sorted keys, no whitespace, UTF-8 kept."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_sha256(obj: Any) -> str:
    """SHA-256 (hex) of ``canonical_bytes(obj)``: what sign-offs record as the pack's SHA-256."""
    return hashlib.sha256(canonical_bytes(obj)).hexdigest()
