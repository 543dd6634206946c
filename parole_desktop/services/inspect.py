"""What an incoming evidence file is: type from its magic bytes and a safe display name. Whether it prints
(pages, pixel size, verdict) is decided by the one probe, packet/probe.py, run in the child without keys."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

log = logging.getLogger(__name__)

_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "application/pdf"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"GIF8", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
)
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
IMAGE_TYPES = {"image/jpeg", "image/png", "image/tiff", "image/gif", "image/bmp", "image/webp", "image/heic"}


@dataclass(frozen=True)
class FileInfo:
    media_type: str
    pages: int | None = None
    width_px: int | None = None
    height_px: int | None = None
    problem: str = ""  # kept for callers; intake now refuses a file that cannot be printed (packet/probe.py)


def sniff(head: bytes) -> str:
    for magic, offset, media in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return media
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"):
            return "image/heic"
        return "video/mp4"
    if head[:2] == b"MZ" or head[:4] == b"\x7fELF":
        return "application/x-executable"
    if head[:4] == b"PK\x03\x04":
        return "application/zip"
    return "application/octet-stream"


def safe_display_name(name: str, limit: int = 120) -> str:
    """The file name without folders, control and bidi-override characters, shortened but keeping the suffix."""
    base = re.split(r"[\\/]", name)[-1]
    base = _BIDI_CONTROLS.sub("", base)
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip(" .")
    if not base:
        base = "file"
    if len(base) > limit:
        stem, dot, suffix = base.rpartition(".")
        if dot and len(suffix) <= 8:
            base = stem[: limit - len(suffix) - 2] + "…." + suffix
        else:
            base = base[: limit - 1] + "…"
    return base
