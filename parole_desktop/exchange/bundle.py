"""USB bundles (issue #23 item 4): one file that carries sealed objects from one laptop to others.

Layout (every length 8 bytes, big-endian)::

    b"PAROLE-DESKTOP-BUNDLE\\n"            the magic line
    b"version 1\\n"                        the format version
    length | sealed manifest               sealed (context ``bundle-manifest``) and signed by the sender
    length | object 1 … length | object N  the sealed objects, in the manifest's order; nothing after

The manifest (canonical JSON, inside the seal) names the bundle (128 random bits), the sending device, when
it was made, the sender's sequence number (one more for every bundle it makes), the devices it was made
for, the ordered list of object ids (the SHA-256 of each object's bytes) with their sizes, and the sender's
acknowledgements: for each peer, the ids of the objects it holds from that peer, so that the peer's next
bundle leaves them out.

Writing is atomic (:func:`parole_desktop.fsutil.atomic_path`: a temp file beside the final name, fsync,
rename): a stick pulled out mid-write leaves no half file under the final name, only a ``.NAME.partial-…``
that the next export to that folder removes.

Reading never applies anything half-checked: the manifest is opened and verified first (the seal's own
checks: for this laptop, signed by a device the caller's opener accepts), the bundle is checked against what
this vault already imported (a bundle imported before, or older than one imported from the same sender, is
refused), then every object's size and SHA-256 are checked against the manifest, and only then are the
objects handed to the store, in order (each checked again as it is read, in case the file changed between
the two passes). Every refusal is :class:`BundleRefused` with a code and a sentence, and changes nothing.

This module knows nothing of rosters or vaults: the caller supplies the sealer and the opener of the
manifest, and an :class:`~parole_desktop.exchange.objects.ObjectStore`, whose checkpoints keep what this
format needs to remember (see :data:`CHECKPOINTS`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import secrets
import struct
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from parole_desktop.domain.codec import canonical_json
from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.exchange.objects import ObjectStore, Outcome, Received, SealedObject
from parole_desktop.exchange.seal import Opened, Quarantined
from parole_desktop.fsutil import atomic_path, remove_partials, storage_error

log = logging.getLogger(__name__)

MAGIC = b"PAROLE-DESKTOP-BUNDLE\n"
VERSION = 1
_VERSION_LINE = b"version %d\n"
MANIFEST_FORMAT = "parole-desktop-bundle-manifest"
MANIFEST_CONTEXT = "bundle-manifest"
SUFFIX = ".pdbundle"
_LEN = struct.Struct(">Q")
MANIFEST_MAX = 256 * 1024 * 1024  # a manifest of 100,000 objects with acknowledgements is a few MB
OBJECT_MAX = 8 * 1024 * 1024 * 1024  # larger than any evidence file the vault takes
_CHUNK = 1024 * 1024

# The store checkpoints this format keeps (CheckpointStore peers of its own, never a device id):
OUT_SEQUENCE = "bundle:out-sequence"  # the last sequence number this vault gave a bundle it made
SEEN = "bundle:seen:"  # + bundle id: when it was imported here (ISO time)
SEQUENCE = "bundle:sequence:"  # + sender device id: "<sequence> <bundle id>" of the newest imported
HELD_FROM = "bundle:held-from:"  # + sender device id: JSON list of the ids received from it (our acks)
EVERYTHING = "bundle:everything"  # a peer nobody acknowledges for: pending_for() of it is everything held
CHECKPOINTS = (OUT_SEQUENCE, SEEN, SEQUENCE, HELD_FROM, EVERYTHING)

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


class BundleRefused(IntegrityError):
    """A bundle that is not imported; nothing was changed. ``code`` says why (for tests and the GUI)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class BundleCancelled(UserError):
    """The person pressed Cancel: an export leaves no file; an import keeps what it took (run it again)."""


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    sender: str
    created_at: str
    sequence: int
    made_for: tuple[str, ...]
    objects: tuple[tuple[str, int], ...]
    acks: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: for each peer, the sequence number of the newest bundle from it imported by the sender: the peer
    #: then knows the sender took the acknowledgements that bundle carried, and stops carrying them
    imported: Mapping[str, int] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        d: dict[str, object] = {
            "format": MANIFEST_FORMAT,
            "v": VERSION,
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "created_at": self.created_at,
            "sequence": self.sequence,
            "made_for": list(self.made_for),
            "objects": [[i, n] for i, n in self.objects],
            "acks": {p: list(ids) for p, ids in sorted(self.acks.items())},
        }
        if self.imported:
            d["imported"] = dict(sorted(self.imported.items()))
        return canonical_json(d).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        try:
            d = json.loads(raw)
            if not isinstance(d, dict) or d.get("format") != MANIFEST_FORMAT or d.get("v") != VERSION:
                raise ValueError("not a bundle manifest")
            objects = tuple((_hex64(str(i)), _size(n)) for i, n in d["objects"])
            acks = {str(p): tuple(_hex64(str(i)) for i in ids) for p, ids in dict(d["acks"]).items()}
            imported = {str(p): _count(n) for p, n in dict(d.get("imported", {})).items()}
            m = cls(
                bundle_id=str(d["bundle_id"]),
                sender=str(d["sender"]),
                created_at=str(d["created_at"]),
                sequence=int(d["sequence"]),
                made_for=tuple(str(x) for x in d["made_for"]),
                objects=objects,
                acks=acks,
                imported=imported,
            )
            if len({i for i, _ in objects}) != len(objects) or m.sequence < 1 or not m.bundle_id.isalnum():
                raise ValueError("inconsistent manifest")
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeError) as exc:
            raise BundleRefused(
                "damaged", "This bundle's manifest is signed but not understood; nothing was imported."
            ) from exc
        return m

    @property
    def total_size(self) -> int:
        return sum(n for _, n in self.objects)


def _hex64(text: str) -> str:
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        raise ValueError("not a SHA-256")
    return text


def _count(n: object) -> int:
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ValueError("bad sequence number")
    return n


def _size(n: object) -> int:
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= OBJECT_MAX:
        raise ValueError("bad size")
    return n


@dataclass(frozen=True)
class ImportReport:
    manifest: Manifest
    received: tuple[Received, ...]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.received if r.outcome is outcome)

    @property
    def quarantined(self) -> list[Received]:
        return [r for r in self.received if r.outcome is Outcome.QUARANTINED]


# -- writing ------------------------------------------------------------------------------------------------


def next_sequence(store: ObjectStore) -> int:
    """Take the next sequence number for a bundle this vault makes, kept before the file is written (a kill
    after the write can then never give two bundles one number; a number lost to a kill is only a gap)."""
    raw = store.checkpoint(OUT_SEQUENCE)
    n = (int(raw) if raw.isdigit() else 0) + 1
    store.set_checkpoint(OUT_SEQUENCE, str(n))
    return n


def _held(store: ObjectStore, peer: str) -> dict[str, int]:
    """What this vault acknowledges to ``peer``: object id -> the sequence number of the first bundle made
    here that carried the acknowledgement (0: none yet). A plain list (kept before pruning) reads as 0s."""
    raw = store.checkpoint(HELD_FROM + peer)
    if not raw:
        return {}
    try:
        d = json.loads(raw)
        if isinstance(d, list):
            return {str(i): 0 for i in d}
        return {str(i): int(n) for i, n in dict(d).items()}
    except (ValueError, TypeError):
        log.warning("the acknowledgement list kept for a peer is damaged; it starts again empty")
        return {}


def held_from(store: ObjectStore, peer: str) -> tuple[str, ...]:
    """The ids of the objects this vault received in bundles from ``peer`` and still acknowledges to it
    (those the peer has not yet shown it took, see :func:`outgoing_acks`)."""
    return tuple(_held(store, peer))


def outgoing_acks(store: ObjectStore, peers: Iterable[str], sequence: int) -> dict[str, tuple[str, ...]]:
    """The acknowledgements bundle number ``sequence`` carries for each of ``peers``; those it is the first
    to carry are marked with ``sequence``. Once a peer says (its manifest's ``imported``) that it imported a
    bundle from here numbered at or after that mark, it took them — every bundle made here carries every
    acknowledgement not pruned yet, so a newer one subsumes the older — and they are pruned (:func:`_finish`)."""
    out: dict[str, tuple[str, ...]] = {}
    for peer in peers:
        held = _held(store, peer)
        if not held:
            continue
        if any(n == 0 for n in held.values()):
            store.set_checkpoint(HELD_FROM + peer, json.dumps({i: (n or sequence) for i, n in held.items()}))
        out[peer] = tuple(held)
    return out


def imported_from(store: ObjectStore, peers: Iterable[str]) -> dict[str, int]:
    """For each peer, the sequence number of the newest bundle imported here from it (peers none came from
    are left out): what this vault's next manifest tells them."""
    out: dict[str, int] = {}
    for peer in peers:
        last = store.checkpoint(SEQUENCE + peer).split()
        if len(last) == 2 and last[0].isdigit():
            out[peer] = int(last[0])
    return out


def pending(store: ObjectStore, peers: Sequence[str]) -> list[SealedObject]:
    """What ``peers`` have not acknowledged, in the store's order (parents before children); every object
    the store holds when ``peers`` is empty."""
    everything = store.pending_for(EVERYTHING)
    if not peers:
        return everything
    wanted: set[str] = set()
    for p in peers:
        wanted.update(o.object_id for o in store.pending_for(p))
    return [o for o in everything if o.object_id in wanted]


def write_bundle(
    path: Path,
    objects: Sequence[SealedObject],
    *,
    sender: str,
    sequence: int,
    made_for: Iterable[str],
    acks: Mapping[str, Iterable[str]],
    seal_manifest: Callable[[bytes], bytes],
    imported: Mapping[str, int] | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    now: dt.datetime | None = None,
) -> Manifest:
    """Write the bundle to ``path`` atomically; :class:`BundleCancelled` leaves no file."""
    path = Path(path)
    manifest = Manifest(
        bundle_id=secrets.token_hex(16),
        sender=sender,
        created_at=(now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        sequence=sequence,
        made_for=tuple(sorted(set(made_for))),
        objects=tuple((o.object_id, o.size) for o in objects),
        acks={p: tuple(ids) for p, ids in acks.items() if ids},
        imported=dict(imported or {}),
    )
    sealed = seal_manifest(manifest.to_bytes())
    remove_partials(path.parent, path.name)  # what an export killed before left in this folder
    total = len(objects)
    with atomic_path(path, "write the bundle") as tmp, open(tmp, "wb") as fh:
        fh.write(MAGIC + _VERSION_LINE % VERSION + _LEN.pack(len(sealed)) + sealed)
        for n, obj in enumerate(objects):
            if cancelled is not None and cancelled():
                raise BundleCancelled("The export was cancelled; no bundle was written.")
            fh.write(_LEN.pack(obj.size))
            fh.write(obj.data)
            if progress is not None and (n % 20 == 0 or n + 1 == total):
                progress(n + 1, total, "")
    log.info("bundle %s written: %d objects, sequence %d", manifest.bundle_id, total, sequence)
    return manifest


# -- reading ------------------------------------------------------------------------------------------------


def _read_exact(fh: IO[bytes], n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise BundleRefused(
            "truncated",
            "This bundle is incomplete (the file ends early: was the stick pulled out while it was written?); "
            "nothing was imported. Ask for the bundle again.",
        )
    return data


def _open_file(path: Path) -> IO[bytes]:
    try:
        return open(path, "rb")
    except FileNotFoundError as exc:
        raise UserError(f"There is no file {path}.") from exc
    except IsADirectoryError as exc:
        raise UserError(f"{path} is a folder, not a bundle file.") from exc
    except OSError as exc:
        raise storage_error(exc, f"read the bundle {path}") from exc


def _head(fh: IO[bytes]) -> bytes:
    """Past the magic and version lines; the sealed manifest's bytes."""
    first = fh.read(len(MAGIC))
    if not first:
        raise BundleRefused("empty", "This file is empty: it is not a bundle (nothing was imported).")
    if first != MAGIC:
        raise BundleRefused(
            "not_a_bundle", "This file is not a Parole Desktop bundle (nothing was imported)."
        )
    line = fh.readline(32)
    if line != _VERSION_LINE % VERSION:
        if line.startswith(b"version ") and line.endswith(b"\n"):
            raise BundleRefused(
                "unknown_version",
                f"This bundle was made by a newer Parole Desktop ({line.decode('ascii', 'replace').strip()}); "
                "update this laptop's app to import it (nothing was imported).",
            )
        raise BundleRefused(
            "truncated" if len(line) < 10 else "damaged",
            "This bundle is damaged (no version line); nothing was imported.",
        )
    (size,) = _LEN.unpack(_read_exact(fh, _LEN.size))
    if size > MANIFEST_MAX:
        raise BundleRefused(
            "damaged", "This bundle is damaged (its manifest length is not believable); nothing was imported."
        )
    return _read_exact(fh, size)


_SEAL_REFUSALS = {
    "not_for_us": (
        "not_for_us",
        "This bundle was not sealed for this laptop: it is another organization's, or was made before this "
        "laptop was listed in the roster. Nothing was imported.",
    ),
    "damaged": (
        "tampered",
        "This bundle's manifest was changed or damaged after it was made; nothing was imported.",
    ),
    "bad_signature": (
        "tampered",
        "This bundle's manifest does not carry a valid signature of its sender; nothing was imported.",
    ),
    "wrong_context": (
        "tampered",
        "This bundle's manifest is a sealed object of another kind; nothing was imported.",
    ),
    "forwarded": (
        "forwarded",
        "This bundle's manifest was sealed by its sender for other laptops and passed on to this one by "
        "someone else; nothing was imported.",
    ),
}


def read_manifest(path: Path, open_manifest: Callable[[bytes], Opened]) -> tuple[Manifest, Opened]:
    """The bundle's manifest, opened and verified (BundleRefused otherwise). Reads only the head."""
    with _open_file(Path(path)) as fh:
        return _manifest(fh, open_manifest)


def _manifest(fh: IO[bytes], open_manifest: Callable[[bytes], Opened]) -> tuple[Manifest, Opened]:
    sealed = _head(fh)
    try:
        opened = open_manifest(sealed)
    except Quarantined as exc:
        if exc.code == "untrusted_author":
            raise BundleRefused(
                "untrusted_sender", f"{exc} The bundle was refused; nothing was imported."
            ) from exc
        code, message = _SEAL_REFUSALS.get(exc.code, ("tampered", f"{exc} Nothing was imported."))
        raise BundleRefused(code, message) from exc
    manifest = Manifest.from_bytes(opened.payload)
    if manifest.sender != opened.author_id:
        raise BundleRefused(
            "tampered",
            "This bundle's manifest names another sender than the laptop that signed it; nothing was imported.",
        )
    return manifest, opened


def replay_problem(store: ObjectStore, manifest: Manifest) -> BundleRefused | None:
    """Why this bundle must not be imported again, from what this vault remembers (None when it may)."""
    seen = store.checkpoint(SEEN + manifest.bundle_id)
    if seen:
        return BundleRefused(
            "replayed", f"This bundle was already imported on {_when(seen)}; nothing changed."
        )
    last = store.checkpoint(SEQUENCE + manifest.sender).split()
    if len(last) == 2 and last[0].isdigit():
        seq, bundle_id = int(last[0]), last[1]
        if manifest.sequence < seq or (manifest.sequence == seq and bundle_id != manifest.bundle_id):
            return BundleRefused(
                "older",
                f"This bundle (number {manifest.sequence} from its sender) is older than bundle number {seq} "
                "from the same laptop, already imported here; nothing was imported. What it held that this "
                "laptop still lacks comes in the sender's next bundle.",
            )
    return None


def _when(iso: str) -> str:
    try:
        t = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return t.strftime("%Y-%m-%d at %H:%M UTC")


def _check_objects(fh: IO[bytes], manifest: Manifest, *, keep: bool) -> Iterable[bytes]:
    for n, (object_id, size) in enumerate(manifest.objects, start=1):
        head = fh.read(_LEN.size)
        if len(head) != _LEN.size:
            raise BundleRefused(
                "truncated",
                f"This bundle is incomplete: it ends after {n - 1} of its {len(manifest.objects)} objects "
                "(was the stick pulled out while it was written?); nothing was imported.",
            )
        (length,) = _LEN.unpack(head)
        if length != size:
            raise BundleRefused(
                "tampered",
                f"Object {n} of this bundle is not the one its manifest lists (another size): the bundle was "
                "changed after it was made; nothing was imported.",
            )
        digest = hashlib.sha256()
        parts: list[bytes] = []
        left = size
        while left:
            chunk = fh.read(min(left, _CHUNK))
            if not chunk:
                raise BundleRefused(
                    "truncated",
                    f"This bundle is incomplete: object {n} of {len(manifest.objects)} is cut short; nothing "
                    "was imported.",
                )
            digest.update(chunk)
            if keep:
                parts.append(chunk)
            left -= len(chunk)
        if digest.hexdigest() != object_id:
            raise BundleRefused(
                "tampered",
                f"Object {n} of this bundle does not match its manifest (a byte changed, or objects swapped "
                "or reordered): the bundle was changed after it was made; nothing was imported.",
            )
        yield b"".join(parts)
    if fh.read(1):
        raise BundleRefused(
            "tampered", "This bundle has bytes after its last object: it was changed; nothing was imported."
        )


def import_bundle(
    path: Path,
    store: ObjectStore,
    *,
    me: str,
    open_manifest: Callable[[bytes], Opened],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    now: dt.datetime | None = None,
) -> ImportReport:
    """Check the whole bundle, then hand its objects to ``store`` in order and remember it as imported.

    ``me`` is this vault's device id (to take the sender's acknowledgements of what it holds from us).
    BundleRefused before anything is applied; BundleCancelled (or an OSError-born StorageError from the
    store, e.g. a full disk) between objects keeps what was taken, and importing the bundle again finishes.
    """
    path = Path(path)
    with _open_file(path) as fh:
        manifest, _opened = _manifest(fh, open_manifest)
        if manifest.sender == me:
            raise BundleRefused(
                "own", "This bundle was made by this laptop: import it on the others. Nothing was imported."
            )
        problem = replay_problem(store, manifest)
        if problem is not None:
            raise problem
        start = fh.tell()
        total = len(manifest.objects)
        for n, _ in enumerate(_check_objects(fh, manifest, keep=False), start=1):
            if cancelled is not None and cancelled():
                raise BundleCancelled("The import was cancelled before anything was taken.")
            if progress is not None and (n % 50 == 0 or n == total):
                progress(n, 2 * total, "")
        fh.seek(start)
        received: list[Received] = []
        for n, ((object_id, _size), data) in enumerate(
            zip(manifest.objects, _check_objects(fh, manifest, keep=True), strict=False), start=1
        ):
            if cancelled is not None and cancelled():
                raise BundleCancelled(
                    f"The import was cancelled after {n - 1} of {total} objects; what was taken stays. "
                    "Import the bundle again to finish."
                )
            try:
                received.append(store.receive(SealedObject(data, object_id)))
            except OSError as exc:
                raise storage_error(exc, f"take object {n} of {total} of the bundle") from exc
            if progress is not None and (n % 20 == 0 or n == total):
                progress(total + n, 2 * total, "")
    _finish(store, manifest, me=me, now=now)
    return ImportReport(manifest, tuple(received))


def _finish(store: ObjectStore, manifest: Manifest, *, me: str, now: dt.datetime | None) -> None:
    """Remember what the bundle told us; the bundle id last, so a kill before it lets a re-run finish."""
    ids = [i for i, _ in manifest.objects]
    try:
        store.acknowledge(manifest.sender, ids)  # the sender holds what it sent: never send it back
        theirs = manifest.acks.get(me, ())
        if theirs:
            store.acknowledge(manifest.sender, theirs)
        held = _held(store, manifest.sender)
        before = dict(held)
        for i in ids:
            held.setdefault(i, 0)
        took = manifest.imported.get(me, 0)  # the sender took what our bundles up to this number carried
        held = {i: n for i, n in held.items() if not 0 < n <= took}
        if held != before:
            store.set_checkpoint(HELD_FROM + manifest.sender, json.dumps(held))
        store.set_checkpoint(SEQUENCE + manifest.sender, f"{manifest.sequence} {manifest.bundle_id}")
        store.set_checkpoint(
            SEEN + manifest.bundle_id, (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        )
    except OSError as exc:
        raise storage_error(exc, "record the bundle as imported") from exc


def is_bundle(path: Path) -> bool:
    """Whether the file starts like a bundle (for the file dialog's hint, not a check)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


__all__ = [
    "CHECKPOINTS",
    "MAGIC",
    "MANIFEST_CONTEXT",
    "SUFFIX",
    "VERSION",
    "BundleCancelled",
    "BundleRefused",
    "ImportReport",
    "Manifest",
    "held_from",
    "import_bundle",
    "imported_from",
    "next_sequence",
    "outgoing_acks",
    "pending",
    "read_manifest",
    "replay_problem",
    "write_bundle",
]
