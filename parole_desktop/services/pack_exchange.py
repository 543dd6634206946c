"""Rules packs travelling between the laptops of an organization (issue #23 item 8) as sealed ``rules-pack``
objects: the outgoing side seals a signed pack file to the org's devices, the receiving side takes it
exactly as ``rules import`` takes the file (``services.checks.take_pack``): an org-signed pack only from
the pinned organization's key, a publisher-signed one only from the project's keys, never an older one.

The laptop that seals only carries the pack: what makes it trusted is the signature inside (the org's or
the publisher's), checked again by every receiver. The seal adds who sent it (a revoked or unknown laptop's
objects are quarantined before the pack is even read, ``exchange/seal.py``).
"""

from __future__ import annotations

import logging

from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.exchange.objects import Outcome, Received, SealedObject
from parole_desktop.exchange.seal import Opened
from parole_desktop.services import devices
from parole_desktop.services.checks import stored_pack, take_pack, verify_pack_bytes
from parole_desktop.services.session import Session
from parole_desktop.store import review as review_store

log = logging.getLogger(__name__)

CONTEXT = "rules-pack"


def seal_pack(session: Session, raw: bytes) -> SealedObject:
    """A signed pack file sealed to the organization's devices. The pack must verify in this vault first:
    a laptop never passes on a pack it would refuse itself."""
    verify_pack_bytes(session, raw)
    return SealedObject(devices.seal_for_org(session, raw, context=CONTEXT))


def packs_to_send(session: Session) -> list[tuple[str, bytes]]:
    """(ref, envelope) of every signed pack this vault holds and still verifies, oldest first; ``ref``
    names the exact pack (``pack:ID@VERSION:SHA256``), so each is sealed once per laptop. A laptop passes on
    packs it received too: the receivers take the first copy and answer ``duplicate`` to the others."""
    out = []
    for _pack_id, _version, envelope in review_store.pack_envelopes(session.vault):
        raw = envelope.encode("utf-8")
        try:
            pack = stored_pack(session, envelope)  # cached: this runs on every exchange
        except (IntegrityError, UserError) as exc:  # e.g. signed with a publisher key since removed
            log.info("a stored rules pack is not passed on: %s", exc)
            continue
        out.append((f"pack:{pack.id}@{pack.version}:{pack.sha256}", raw))
    return out


def receive_pack(session: Session, opened: Opened, object_id: str = "") -> Received:
    """The receiver of a sealed ``rules-pack`` (``services.exchange.RECEIVERS``): stored when it verifies
    and is newer, ``duplicate`` when this vault already holds it, else quarantined with the reason."""
    try:
        imported = take_pack(session, opened.payload)
    except (IntegrityError, UserError) as exc:
        code = str(getattr(exc, "code", "") or "pack_refused")
        log.info("rules pack from device %s quarantined: %s", opened.author_id[:8], code)
        return Received(object_id, Outcome.QUARANTINED, code, str(exc))
    if not imported.new:
        return Received(object_id, Outcome.DUPLICATE)
    session.vault.audit.append(
        session.actor,
        "receive",
        "rules_pack",
        f"{imported.pack.id}@{imported.pack.version}",
        f"from device {opened.author_id}",
    )
    return Received(object_id, Outcome.APPLIED)


__all__ = ["CONTEXT", "packs_to_send", "receive_pack", "seal_pack"]
