"""What the transports move: opaque sealed objects, and the contract between a vault and a transport.

Every transport of the exchange (a USB bundle, the LAN transfer, the organization hub) moves the same
thing: :class:`SealedObject`, the bytes :func:`parole_desktop.exchange.seal.seal` produced, named by the
SHA-256 of those bytes. A transport never opens an object and never learns what kind it is (a revision, an
evidence file, a sign-off, a rules pack): the kind is inside the encryption.

The vault side (``services``) implements :class:`ObjectStore`; a transport takes one and only calls these
methods, so each transport is written and tested against any store, and the vault's rules (who may author,
what waits for missing parents, what is quarantined) live in one place.

Rules every implementation keeps:

* :meth:`ObjectStore.receive` is idempotent (an object received twice changes nothing and says
  ``duplicate``) and never raises for bad *content*: an object that does not decrypt, verify or parse is
  kept aside as ``quarantined`` with its reason. It raises only for the medium or the machine (``OSError``)
  — a transport then stops, and what was received before stays received.
* Nothing received is dropped: an object whose prerequisites have not arrived (a revision whose parents are
  missing) is kept as ``waiting`` and taken when they arrive.
* :meth:`ObjectStore.pending_for` lists what this vault holds that the peer has not acknowledged, oldest
  first (parents before children), so a transfer cut at any point leaves the receiver with a prefix it can
  use. :meth:`ObjectStore.acknowledge` is called only after the peer has confirmed it stored the objects.
* A checkpoint is the transport's own resume point with one peer (the hub's ``_changes`` sequence, say),
  kept in the vault so a transfer killed at any point resumes instead of starting over.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class SealedObject:
    """One sealed object as it travels. ``object_id`` is the SHA-256 (hex) of ``data``."""

    data: bytes
    object_id: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        digest = hashlib.sha256(self.data).hexdigest()
        if self.object_id and self.object_id != digest:
            raise ValueError("a sealed object's id is the SHA-256 of its bytes")
        object.__setattr__(self, "object_id", digest)

    @property
    def size(self) -> int:
        return len(self.data)


class Outcome(enum.StrEnum):
    APPLIED = "applied"  # taken into the vault (a revision, an evidence file, a sign-off, a pack)
    WAITING = "waiting"  # kept; taken when what it depends on arrives (a revision's parents)
    DUPLICATE = "duplicate"  # already here: nothing changed
    QUARANTINED = "quarantined"  # kept aside with its reason, never applied


@dataclass(frozen=True)
class Received:
    object_id: str
    outcome: Outcome
    code: str = ""  # for QUARANTINED: the Quarantined code ("not_for_us", "untrusted_author", …)
    reason: str = ""  # a sentence for the person who looks at it


class ObjectSource(Protocol):
    def pending_for(self, peer: str) -> list[SealedObject]:
        """What this vault holds that ``peer`` (a device id, or a transport's own peer name such as
        ``hub:<id>``) has not acknowledged, parents before children."""
        ...

    def acknowledge(self, peer: str, object_ids: Iterable[str]) -> None:
        """``peer`` confirmed it stored these objects: they are not offered to it again."""
        ...


class ObjectSink(Protocol):
    def receive(self, obj: SealedObject) -> Received:
        """Take one object (see the module's rules). Raises only OSError."""
        ...

    def has(self, object_id: str) -> bool:
        """Whether this vault already holds the object (received, sent or quarantined)."""
        ...


class CheckpointStore(Protocol):
    def checkpoint(self, peer: str) -> str:
        """The transport's resume point with ``peer`` ('' when none)."""
        ...

    def set_checkpoint(self, peer: str, value: str) -> None: ...


class ObjectStore(ObjectSource, ObjectSink, CheckpointStore, Protocol):
    """What a vault offers every transport."""


__all__ = [
    "CheckpointStore",
    "ObjectSink",
    "ObjectSource",
    "ObjectStore",
    "Outcome",
    "Received",
    "SealedObject",
]
