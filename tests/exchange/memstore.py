"""An in-memory ObjectStore for transport tests (bundles, LAN, hub): it keeps what it receives, in order,
and treats every object as applied, so a transport is tested without a vault. Tests that need the vault's
own rules (waiting, quarantine) use services' store instead."""

from __future__ import annotations

from collections.abc import Iterable

from parole_desktop.exchange.objects import Outcome, Received, SealedObject


class MemoryStore:
    def __init__(self, objects: Iterable[SealedObject] = ()) -> None:
        self.objects: dict[str, SealedObject] = {}
        self.order: list[str] = []
        self.acks: dict[str, set[str]] = {}
        self.checkpoints: dict[str, str] = {}
        self.received: list[Received] = []
        for obj in objects:
            self._keep(obj)

    def _keep(self, obj: SealedObject) -> None:
        self.objects[obj.object_id] = obj
        self.order.append(obj.object_id)

    def pending_for(self, peer: str) -> list[SealedObject]:
        done = self.acks.get(peer, set())
        return [self.objects[i] for i in self.order if i not in done]

    def acknowledge(self, peer: str, object_ids: Iterable[str]) -> None:
        self.acks.setdefault(peer, set()).update(object_ids)

    def receive(self, obj: SealedObject) -> Received:
        if obj.object_id in self.objects:
            r = Received(obj.object_id, Outcome.DUPLICATE)
        else:
            self._keep(obj)
            r = Received(obj.object_id, Outcome.APPLIED)
        self.received.append(r)
        return r

    def has(self, object_id: str) -> bool:
        return object_id in self.objects

    def checkpoint(self, peer: str) -> str:
        return self.checkpoints.get(peer, "")

    def set_checkpoint(self, peer: str, value: str) -> None:
        self.checkpoints[peer] = value
