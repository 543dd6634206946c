"""Encrypted attachment store: AES-GCM in 1 MiB chunks, named by id, SHA-256 of the plaintext checked."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from parole_desktop.errors import IntegrityError, StorageError, UserError
from parole_desktop.fsutil import atomic_path, make_private, storage_error
from parole_desktop.l10n import _

MAGIC = b"PDAT\x01"
CHUNK = 1 << 20
_HEADER = struct.Struct(">5sI8s")  # magic, chunk size, nonce prefix
_TAG = 16
DEFAULT_MAX_BYTES = 2 * 1024**3


class ImportCancelled(UserError):
    """The user cancelled while a file was being encrypted into the vault."""


@dataclass(frozen=True)
class StoredFile:
    attachment_id: str
    sha256: str
    size: int


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", (index << 1) | int(last))


class AttachmentStore:
    """Content files under ``folder``; each chunk is authenticated with the file id and its position."""

    def __init__(
        self,
        folder: Path,
        key: bytes,
        max_bytes: int = DEFAULT_MAX_BYTES,
        *,
        previous_key: bytes | None = None,
    ) -> None:
        self.folder = folder
        self._aead = AESGCM(key)
        self.max_bytes = max_bytes
        # during a key rotation: files not yet re-encrypted are still under the previous key
        self._previous = AESGCM(previous_key) if previous_key is not None else None

    def path_for(self, attachment_id: str) -> Path:
        if not attachment_id.isalnum():
            raise IntegrityError(
                _("Invalid attachment id {attachment_id!r}.").format(attachment_id=attachment_id)
            )
        return self.folder / f"{attachment_id}.bin"

    def put(
        self,
        source: BinaryIO,
        *,
        name: str = "file",
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> StoredFile:
        """Encrypt ``source`` into a new content file; streams, never holds the whole file in memory.

        ``progress(bytes_done)`` is called after each chunk; ``cancelled()`` returning True stops with
        ImportCancelled and leaves nothing behind.
        """
        attachment_id = secrets.token_hex(16)
        final = self.path_for(attachment_id)
        prefix = os.urandom(8)
        digest = hashlib.sha256()
        size = 0
        aad = attachment_id.encode()
        try:
            self.folder.mkdir(exist_ok=True)  # never parents: a vanished vault folder must not be recreated
        except OSError as exc:
            raise storage_error(exc, f"store “{name}” in the vault") from exc
        with atomic_path(final, f"store “{name}” in the vault") as tmp, open(tmp, "wb") as out:
            make_private(tmp)
            out.write(_HEADER.pack(MAGIC, CHUNK, prefix))
            index = 0
            chunk = source.read(CHUNK)
            while True:
                nxt = source.read(CHUNK) if chunk else b""
                last = not nxt
                size += len(chunk)
                if size > self.max_bytes:
                    raise UserError(
                        _(
                            "“{name}” is larger than the limit of {max_bytes} MB per file. Split it or compress it, or raise the limit in Settings."
                        ).format(name=name, max_bytes=self.max_bytes // 1024**2)
                    )
                digest.update(chunk)
                out.write(self._aead.encrypt(_nonce(prefix, index, last), chunk, aad))
                if progress is not None:
                    progress(size)
                if last:
                    break
                if cancelled is not None and cancelled():
                    raise ImportCancelled(f"Adding “{name}” was cancelled; nothing was stored.")
                chunk, index = nxt, index + 1
        return StoredFile(attachment_id, digest.hexdigest(), size)

    def put_bytes(self, data: bytes, *, name: str = "file") -> StoredFile:
        return self.put(io.BytesIO(data), name=name)

    def iter_chunks(self, attachment_id: str, expected_sha256: str) -> Iterator[bytes]:
        """Decrypted chunks in order. Raises IntegrityError on any tampering, truncation or hash mismatch."""
        path = self.path_for(attachment_id)
        try:
            fh = open(path, "rb")  # noqa: SIM115
        except FileNotFoundError as exc:
            raise IntegrityError(
                _("The attachment file {name} is missing from the vault.").format(name=path.name)
            ) from exc
        except OSError as exc:
            raise storage_error(exc, "read an attachment") from exc
        digest = hashlib.sha256()
        aad = attachment_id.encode()
        with fh:
            try:
                header = fh.read(_HEADER.size)
                if len(header) != _HEADER.size:
                    raise IntegrityError(
                        _("The attachment {attachment_id} is truncated.").format(attachment_id=attachment_id)
                    )
                magic, chunk_size, prefix = _HEADER.unpack(header)
                if magic != MAGIC or chunk_size <= 0 or chunk_size > 64 * CHUNK:
                    raise IntegrityError(
                        _("The attachment {attachment_id} is not a vault content file.").format(
                            attachment_id=attachment_id
                        )
                    )
                index = 0
                block = fh.read(chunk_size + _TAG)
                aead = self._aead
                while True:
                    nxt = fh.read(chunk_size + _TAG)
                    last = not nxt
                    if (
                        index == 0
                        and self._previous is not None
                        and not self._opens(aead, prefix, last, block, aad)
                    ):
                        aead = self._previous  # not re-encrypted yet
                    try:
                        plain = aead.decrypt(_nonce(prefix, index, last), block, aad)
                    except InvalidTag as exc:
                        raise IntegrityError(
                            _(
                                "The attachment {attachment_id} was changed or damaged (block {index})."
                            ).format(attachment_id=attachment_id, index=index)
                        ) from exc
                    digest.update(plain)
                    if last and digest.hexdigest() != expected_sha256:
                        raise IntegrityError(
                            _("The attachment {attachment_id} does not match its recorded SHA-256.").format(
                                attachment_id=attachment_id
                            )
                        )
                    yield plain
                    if last:
                        return
                    block, index = nxt, index + 1
            except OSError as exc:
                raise storage_error(exc, "read an attachment") from exc

    @staticmethod
    def _opens(aead: AESGCM, prefix: bytes, last: bool, block: bytes, aad: bytes) -> bool:
        try:
            aead.decrypt(_nonce(prefix, 0, last), block, aad)
        except InvalidTag:
            return False
        return True

    def under_current_key(self, attachment_id: str) -> bool:
        """Whether the file's first block opens with the current key (key rotation progress)."""
        try:
            with open(self.path_for(attachment_id), "rb") as fh:
                header = fh.read(_HEADER.size)
                _magic, chunk_size, prefix = _HEADER.unpack(header)
                block = fh.read(chunk_size + _TAG)
                last = not fh.read(1)
        except (OSError, struct.error):
            return False
        return self._opens(self._aead, prefix, last, block, attachment_id.encode())

    def reencrypt(self, attachment_id: str, expected_sha256: str) -> bool:
        """Rewrite one file under the current key (same id; checked against its SHA-256 on the way),
        atomically. False when it already was under the current key."""
        if self.under_current_key(attachment_id):
            return False
        final = self.path_for(attachment_id)
        prefix = os.urandom(8)
        aad = attachment_id.encode()
        with atomic_path(final, "re-encrypt an attachment") as tmp, open(tmp, "wb") as out:
            make_private(tmp)
            out.write(_HEADER.pack(MAGIC, CHUNK, prefix))
            index, pending = 0, None
            for plain in self._rechunk(self.iter_chunks(attachment_id, expected_sha256)):
                if pending is not None:
                    out.write(self._aead.encrypt(_nonce(prefix, index, False), pending, aad))
                    index += 1
                pending = plain
            out.write(self._aead.encrypt(_nonce(prefix, index, True), pending or b"", aad))
        return True

    @staticmethod
    def _rechunk(chunks: Iterator[bytes]) -> Iterator[bytes]:
        buf = b""
        for c in chunks:
            buf += c
            while len(buf) >= CHUNK:
                yield buf[:CHUNK]
                buf = buf[CHUNK:]
        if buf:
            yield buf

    def read_bytes(self, attachment_id: str, expected_sha256: str) -> bytes:
        """The whole plaintext, only after its hash was checked."""
        return b"".join(self.iter_chunks(attachment_id, expected_sha256))

    def verify(self, attachment_id: str, expected_sha256: str) -> bool:
        try:
            for _ in self.iter_chunks(attachment_id, expected_sha256):
                pass
        except IntegrityError:
            return False
        return True

    def exists(self, attachment_id: str) -> bool:
        try:
            return self.path_for(attachment_id).is_file()
        except IntegrityError:
            return False

    def delete(self, attachment_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            try:
                self.path_for(attachment_id).unlink()
            except OSError as exc:
                if isinstance(exc, FileNotFoundError):
                    raise
                raise StorageError(
                    _("Could not delete attachment {attachment_id}: {strerror}").format(
                        attachment_id=attachment_id, strerror=exc.strerror
                    )
                ) from exc

    def ids(self) -> set[str]:
        return {p.stem for p in self.folder.glob("*.bin")}
