"""The sandbox child's output for each evidence content, sealed in the vault (table ``exhibit_probes``).

At intake the child turns a file into its packet pages and a first-page thumbnail (``packet/probe.py``); the
app keeps both here so a packet build and the evidence list never need a child for that file again. A row is
keyed by the SHA-256 of the stored content and carries the probe version that made it: a row of another
version is stale (probed again). Each part (meta JSON, pages, thumbnail) is sealed with AES-256-GCM under a
random key kept in the encrypted database (``meta.probe_key``, so a key rotation, which rekeys the database,
keeps it), with the content hash, the version and the part's name as associated data: a changed, swapped
or truncated part fails to open, and the row is then discarded (:func:`get` returns None), never used.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import zlib
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from parole_desktop.store.vault import Vault

log = logging.getLogger(__name__)

_NONCE = 12
MAX_THUMB_SIDE = 512


@dataclass(frozen=True)
class ProbeOutput:
    """What the child made of one content: its packet pages (PDF) and the first page as raw RGB."""

    sha256: str
    probe_version: int
    pages: int
    pdf: bytes
    notes: tuple[str, ...] = ()
    thumb_width: int = 0
    thumb_height: int = 0
    thumb_rgb: bytes = field(default=b"", repr=False)


def _key(vault: Vault) -> bytes:
    stored = vault.get_meta("probe_key")
    if stored:
        return bytes.fromhex(stored)
    key = os.urandom(32)
    with vault.atomic():
        vault.set_meta("probe_key", key.hex())
    return key


def _aad(sha256: str, version: int, part: str) -> bytes:
    return f"exhibit-probe\x00{sha256}\x00{version}\x00{part}".encode()


def _seal(aead: AESGCM, data: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + aead.encrypt(nonce, data, aad)


def _open(aead: AESGCM, blob: bytes, aad: bytes) -> bytes:
    return aead.decrypt(blob[:_NONCE], blob[_NONCE:], aad)


def put(vault: Vault, out: ProbeOutput) -> None:
    """Keep ``out`` for its content (replacing an older row for the same content)."""
    aead = AESGCM(_key(vault))
    sha, version = out.sha256.lower(), out.probe_version
    meta = json.dumps(
        {
            "pages": out.pages,
            "notes": list(out.notes),
            "thumb_width": out.thumb_width,
            "thumb_height": out.thumb_height,
        }
    ).encode()
    thumb = zlib.compress(out.thumb_rgb, 6) if out.thumb_rgb else b""
    row = {
        "sha256": sha,
        "probe_version": version,
        "pages": out.pages,
        "meta": _seal(aead, meta, _aad(sha, version, "meta")),
        "pdf": _seal(aead, out.pdf, _aad(sha, version, "pdf")),
        "thumb": _seal(aead, thumb, _aad(sha, version, "thumb")) if thumb else b"",
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    with vault.atomic():
        vault.db.table("exhibit_probes").insert(row, replace=True)


def version_of(vault: Vault, sha256: str) -> int | None:
    """The probe version of the stored row for ``sha256`` (None: none stored). Reads no blob."""
    r = vault.db.execute(
        "SELECT probe_version FROM exhibit_probes WHERE sha256 = ?", [sha256.lower()]
    ).fetchone()
    return int(r[0]) if r else None


def versions(vault: Vault) -> dict[str, int]:
    """Content SHA-256 -> probe version of every stored row (no blob read)."""
    return {r[0]: int(r[1]) for r in vault.db.execute("SELECT sha256, probe_version FROM exhibit_probes")}


def stale_evidence_ids(vault: Vault, version: int) -> list[int]:
    """The lowest evidence id of each content whose stored output is missing or of another probe version
    than ``version`` (one query; no blob read)."""
    rows = vault.db.execute(
        "SELECT MIN(e.id) FROM evidence e LEFT JOIN exhibit_probes p ON p.sha256 = e.sha256 "
        "WHERE e.sha256 IS NOT NULL AND e.sha256 != '' "
        "AND (p.probe_version IS NULL OR p.probe_version != ?) GROUP BY e.sha256 ORDER BY 1",
        [version],
    )
    return [int(r[0]) for r in rows]


def get(vault: Vault, sha256: str, version: int, *, with_pdf: bool = True) -> ProbeOutput | None:
    """The stored output for ``sha256`` made by probe ``version``, after every part opened; None when
    there is none, it is of another version, or it fails its integrity check (then it is deleted, and the
    caller probes the file again). ``with_pdf=False`` reads only the meta and the thumbnail."""
    sha = sha256.lower()
    cols = "probe_version, meta, thumb" + (", pdf" if with_pdf else "")
    r = vault.db.execute(f"SELECT {cols} FROM exhibit_probes WHERE sha256 = ?", [sha]).fetchone()
    if r is None or int(r[0]) != version:
        return None
    aead = AESGCM(_key(vault))
    try:
        meta = json.loads(_open(aead, r[1], _aad(sha, version, "meta")))
        thumb = zlib.decompress(_open(aead, r[2], _aad(sha, version, "thumb"))) if r[2] else b""
        pdf = _open(aead, r[3], _aad(sha, version, "pdf")) if with_pdf else b""
        pages, tw, th = int(meta["pages"]), int(meta["thumb_width"]), int(meta["thumb_height"])
        notes = tuple(str(n) for n in meta.get("notes") or ())
    except (InvalidTag, ValueError, KeyError, TypeError, zlib.error):
        log.warning("a stored exhibit probe output failed its integrity check; it is discarded")
        discard(vault, sha)
        return None
    if thumb and not (0 < tw <= MAX_THUMB_SIDE and 0 < th <= MAX_THUMB_SIDE and len(thumb) == tw * th * 3):
        log.warning("a stored exhibit thumbnail has the wrong size; the output is discarded")
        discard(vault, sha)
        return None
    return ProbeOutput(sha, version, pages, pdf, notes, tw if thumb else 0, th if thumb else 0, thumb)


def discard(vault: Vault, sha256: str) -> None:
    with vault.atomic():
        vault.db.execute("DELETE FROM exhibit_probes WHERE sha256 = ?", [sha256.lower()])


def remove_unused(vault: Vault) -> int:
    """Delete rows no evidence content has any more (after evidence was removed for good: a removed item
    that can still be put back keeps its output). Returns how many."""
    with vault.atomic():
        cur = vault.db.execute(
            "DELETE FROM exhibit_probes WHERE sha256 NOT IN (SELECT sha256 FROM evidence WHERE sha256 IS NOT NULL) "
            "AND sha256 NOT IN (SELECT sha256 FROM removed_items WHERE sha256 != '')"
        )
    return int(cur.rowcount or 0)
