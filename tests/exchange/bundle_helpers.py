"""Laptops without vaults for the bundle format's tests: device keys made in memory, a directory of the
devices an organization lists (a revoked one says so), and real sealed objects carrying synthetic data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from parole_desktop.exchange import bundle
from parole_desktop.exchange.identity import DeviceKeys
from parole_desktop.exchange.objects import SealedObject
from parole_desktop.exchange.seal import open_sealed, seal
from parole_desktop.store.devices import DeviceSecrets
from tests.exchange.memstore import MemoryStore

# Synthetic names and evidence bytes that must never appear in plaintext in a bundle or a temp folder.
NAMES = ("Zarghuna Qaderi-Test", "Oksana Bilyk-Synthetic", "Wilnerson Désir-Fixture")
EVIDENCE = b"%PDF-1.4 synthetic exhibit: passport page of Zarghuna Qaderi-Test \x00\x01\x02" * 20


@dataclasses.dataclass
class Laptop:
    keys: DeviceKeys
    secrets: DeviceSecrets
    store: MemoryStore

    @property
    def id(self) -> str:
        return self.keys.device_id


def laptop(name: str) -> Laptop:
    sk = Ed25519PrivateKey.generate()
    age = x25519.Identity.generate()
    device_id = (name.encode().hex() + "0" * 32)[:32]
    sec = DeviceSecrets(device_id, name, sk, age, "2026-12-01T00:00:00+00:00")
    pub = sk.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    return Laptop(DeviceKeys(device_id, name, pub, str(age.to_public())), sec, MemoryStore())


class Directory:
    """The org's listing: the keys of active devices; a revoked device's key with its revocation."""

    def __init__(self, *active: Laptop) -> None:
        self.active = {lt.keys.ed25519 for lt in active}
        self.revoked: dict[str, str] = {}

    def revoke(self, lt: Laptop) -> None:
        self.active.discard(lt.keys.ed25519)
        self.revoked[lt.keys.ed25519] = (
            f"Sealed by the laptop “{lt.keys.name}”, revoked in the roster (stolen)."
        )

    def author_problem(self, ed25519_hex: str) -> str:
        if ed25519_hex in self.revoked:
            return self.revoked[ed25519_hex]
        return "" if ed25519_hex in self.active else "Sealed by an unknown laptop (not in the roster)."


def sealed(author: Laptop, to: list[Laptop], payload: bytes, context: str = "revision") -> SealedObject:
    return SealedObject(
        seal(payload, author.keys, author.secrets, [t.keys.age_recipient for t in to], context=context)
    )


def opener(lt: Laptop, directory: Directory):  # type: ignore[no-untyped-def]
    return functools.partial(open_sealed, secrets=lt.secrets, directory=directory, context="bundle-manifest")


def sealer(author: Laptop, to: list[Laptop]):  # type: ignore[no-untyped-def]
    def _seal(payload: bytes) -> bytes:
        return seal(
            payload,
            author.keys,
            author.secrets,
            [t.keys.age_recipient for t in to],
            context="bundle-manifest",
        )

    return _seal


def export(
    sender: Laptop,
    path: Path,
    to: list[Laptop],
    *,
    recipients: list[Laptop] | None = None,
    **kw,  # type: ignore[no-untyped-def]
) -> bundle.Manifest:
    """What services does, without a vault: what ``to`` lacks, the sender's acks, sealed to ``recipients``."""
    peers = [t.id for t in to]
    return bundle.write_bundle(
        path,
        bundle.pending(sender.store, peers),
        sender=sender.id,
        sequence=bundle.next_sequence(sender.store),
        made_for=peers,
        acks={p: bundle.held_from(sender.store, p) for p in peers},
        seal_manifest=sealer(sender, recipients if recipients is not None else [sender, *to]),
        now=dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC),
        **kw,
    )


def do_import(receiver: Laptop, path: Path, directory: Directory, **kw) -> bundle.ImportReport:  # type: ignore[no-untyped-def]
    return bundle.import_bundle(
        path, receiver.store, me=receiver.id, open_manifest=opener(receiver, directory), **kw
    )
