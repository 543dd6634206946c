"""What an incoming evidence file is: type from its magic bytes, pages, pixel size, a safe display name."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

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
    problem: str = ""  # non-empty: the file is stored but cannot be printed in a packet


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


def inspect_file(path: Path, media_type: str) -> FileInfo:
    """Pages / pixel size without decoding whole images; problems are reported, not raised."""
    if media_type in IMAGE_TYPES and media_type != "image/heic":
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(path) as im:
                frames = getattr(im, "n_frames", 1)
                w, h = im.size
                if w <= 0 or h <= 0:
                    return FileInfo(media_type, problem="the image has no pixels")
                im.load()  # decodes the (first) frame: a truncated photo fails here, not at packet time
                return FileInfo(media_type, pages=frames, width_px=w, height_px=h)
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
            why = "it is incomplete (cut off)" if "truncated" in str(exc) else exc.__class__.__name__
            return FileInfo(media_type, problem=f"the image cannot be read ({why})")
    if media_type == "image/heic":
        return FileInfo(media_type, problem="HEIC photos cannot be printed: export the photo as JPEG on the phone")
    if media_type == "application/pdf":
        from parole_desktop.packet.probe import pdf_pages

        pages, problem = pdf_pages(path)
        return FileInfo(media_type, pages=pages, problem=problem)
    if media_type == "application/x-executable":
        return FileInfo(media_type, problem="this is a program, not a document")
    return FileInfo(media_type, problem="this file type cannot be printed in a packet")
