"""The vault side of every transport (issue #23): :class:`VaultObjects` implements
:class:`parole_desktop.exchange.objects.ObjectStore` on an open session.

What leaves this vault: each revision this laptop made (and each merge revision), sealed once with the
seal context ``revision``, and each evidence file of its cases, sealed once with the context ``evidence``
(the file's bytes; the receiver checks them against their SHA-256). Objects received from other laptops
and taken are kept as they came (their author's seal) and passed on to peers too, so three laptops
converge whichever carries what. A sealed object is made once and reused, so its id — the SHA-256 of its
bytes — is the same whichever transport carries it, and acknowledgements are per peer and per object.

What comes in is opened with ``devices.open_from_org`` (this laptop must be a recipient; the author must be
an active device of the pinned roster) and dispatched on its seal context through :data:`RECEIVERS`:

* ``revision``: the revision goes into its case's graph. Its parents missing (or an evidence file it adds
  not here yet), it waits — kept, and taken when they arrive. Taken, the case becomes the graph's current
  state: clean heads are joined by the merge revision (an audit entry ``merge`` in the case history),
  conflicting fields are recorded for a person to settle (``services/conflicts.py``). A revision of a case
  this vault does not have creates it from its root revision.
* ``evidence``: the bytes are checked against their SHA-256 and kept as an encrypted attachment until a
  revision that adds the item is taken (and then copied into the case's evidence).

Anything that does not decrypt, verify or parse — or that a receiver refuses — is kept in the quarantine
(:func:`quarantine`) with its code and reason, never applied.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from parole_desktop.errors import UserError
from parole_desktop.exchange import casemap
from parole_desktop.exchange.objects import Outcome, Received, SealedObject
from parole_desktop.exchange.revisions import Revision, RevisionError
from parole_desktop.exchange.seal import Opened, Quarantined
from parole_desktop.services import devices, revlog
from parole_desktop.services.session import Session
from parole_desktop.store import cases as case_store
from parole_desktop.store import revisions as rev_store

log = logging.getLogger(__name__)

KIND_REVISION = "revision"
KIND_EVIDENCE = "evidence"
_REVISION_FORMAT = "parole-desktop-revision"

Receiver = Callable[[Session, Opened], Received]


class Refused(Exception):
    """A receiver's refusal of an object's content (it goes to the quarantine with ``code``)."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


class Waiting(Exception):
    """A receiver's "not yet": what the object needs has not arrived (kept, retried on every receive)."""


# ------------------------------------------------------------------------------------ payloads
def revision_payload(case_uid: str, rev: Revision) -> bytes:
    return json.dumps(
        {"format": _REVISION_FORMAT, "case_uid": case_uid, "revision": json.loads(rev.to_json())},
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")


def parse_revision_payload(payload: bytes) -> tuple[str, Revision]:
    try:
        d = json.loads(payload)
        if d.get("format") != _REVISION_FORMAT:
            raise ValueError("not a revision")
        case_uid = str(d["case_uid"])
        if not case_uid or len(case_uid) > 64 or not case_uid.isalnum():
            raise ValueError("bad case uid")
        rev = Revision.from_json(json.dumps(d["revision"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise Refused("unreadable", f"This revision cannot be read ({exc}).") from exc
    return case_uid, rev


# ------------------------------------------------------------------------------------ receivers
def _needs_files(session: Session, rev: Revision) -> set[str]:
    return {
        sha
        for sha in casemap.evidence_shas(rev.changes)
        if rev_store.attachment_for_sha(session.vault, sha) is None
    }


def _take_revision(session: Session, case_uid: str, rev: Revision) -> bool:
    """Put one revision into its case's graph; True when it (and maybe others waiting) was taken."""
    vault = session.vault
    graph = revlog.load_graph(vault, case_uid)
    if rev.id in graph:
        return False
    if not graph and case_store.case_id_by_uid(vault, case_uid) is not None:
        revlog.ensure_root(vault, int(case_store.case_id_by_uid(vault, case_uid) or 0))
        graph = revlog.load_graph(vault, case_uid)
    missing = [p for p in rev.parents if p not in graph]
    if missing:
        raise Waiting(f"its parent revision {missing[0][:12]}… has not arrived")
    files = _needs_files(session, rev)
    if files:
        raise Waiting(f"the evidence file {sorted(files)[0][:12]}… has not arrived")
    try:
        graph.add(rev)
    except RevisionError as exc:
        raise Refused("bad_revision", str(exc)) from exc
    if rev.id in graph.refused:
        raise Refused("bad_revision", graph.refused[rev.id])
    with vault.atomic():  # the revision and its case settled together, or neither (a kill in between)
        rev_store.add_revision(
            vault,
            rev.id,
            case_uid,
            rev.to_json(),
            author=rev.author,
            at=rev.at,
            origin=revlog.ORIGIN_RECEIVED,
        )
        revlog.settle(vault, case_uid, actor=session.actor)
    return True


def receive_revision(session: Session, opened: Opened) -> Received:
    """A revision into its case's graph (see the module docstring)."""
    case_uid, rev = parse_revision_payload(opened.payload)
    if rev.author and rev.author != opened.author_id:
        raise Refused(
            "wrong_author",
            "This revision names another laptop as its author than the one that sealed it.",
        )
    if revlog.load_graph(session.vault, case_uid).__contains__(rev.id):
        return Received("", Outcome.DUPLICATE)
    _take_revision(session, case_uid, rev)
    return Received("", Outcome.APPLIED)


def receive_evidence(session: Session, opened: Opened) -> Received:
    """An evidence file: its bytes kept (encrypted) by their SHA-256 until a revision uses them."""
    vault = session.vault
    sha = hashlib.sha256(opened.payload).hexdigest()
    if rev_store.attachment_for_sha(vault, sha) is not None:
        return Received("", Outcome.DUPLICATE)
    stored = vault.attachments.put_bytes(opened.payload, name="received evidence")
    if stored.sha256 != sha:  # the file as stored does not read back as what was received
        vault.attachments.delete(stored.attachment_id)
        raise Refused("damaged", "This evidence file did not store intact.")
    with vault.atomic():
        rev_store.put_received_file(vault, sha, stored.attachment_id, stored.size)
    return Received("", Outcome.APPLIED)


#: seal context -> what takes it. x23pack adds "signoff" and "rules-pack" at merge.
RECEIVERS: dict[str, Receiver] = {
    KIND_REVISION: receive_revision,
    KIND_EVIDENCE: receive_evidence,
}


# ------------------------------------------------------------------------------------ the store
@dataclass(frozen=True)
class QuarantineEntry:
    object_id: str
    code: str
    reason: str
    kind: str
    author: str
    received_at: str
    size: int

    def as_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


class VaultObjects:
    """This vault as an :class:`~parole_desktop.exchange.objects.ObjectStore` for every transport.

    Every method commits what it did before returning; only ``OSError`` (the medium, the disk) escapes
    ``receive``.
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def _vault(self):  # type: ignore[no-untyped-def]
        return self.session.vault

    # ---------------------------------------------------------------- ObjectSource
    def seal_new(self) -> int:
        """Seal what this vault made and has not sealed yet: every case's root (made now for cases from
        before schema step 0008), its evidence files, and its local and merge revisions, files before the
        revisions that add them. Returns how many objects were sealed. Needs the pinned roster
        (UserError otherwise, as ``devices.seal_for_org``)."""
        vault = self._vault
        revlog.ensure_roots(vault)
        sealed_revs = rev_store.sealed_refs(vault, KIND_REVISION)
        sealed_files = rev_store.sealed_refs(vault, KIND_EVIDENCE)
        n = 0
        for case_uid, rev_id, body in rev_store.revisions_to_seal(vault, sealed_revs):
            rev = Revision.from_json(body)
            for sha in sorted(casemap.evidence_shas(rev.changes) - sealed_files):
                src = rev_store.attachment_for_sha(vault, sha)
                if src is None:
                    continue  # removed since; the item's revision that removes it follows
                data = vault.attachments.read_bytes(src[0], sha)
                blob = devices.seal_for_org(self.session, data, context=KIND_EVIDENCE)
                with vault.atomic():
                    rev_store.put_sealed(vault, hashlib.sha256(blob).hexdigest(), KIND_EVIDENCE, sha, blob)
                sealed_files.add(sha)
                n += 1
            blob = devices.seal_for_org(self.session, revision_payload(case_uid, rev), context=KIND_REVISION)
            with vault.atomic():
                rev_store.put_sealed(
                    vault, hashlib.sha256(blob).hexdigest(), KIND_REVISION, rev_id, blob, case_uid=case_uid
                )
            n += 1
        return n

    def pending_for(self, peer: str) -> list[SealedObject]:
        """Every sealed object this vault holds (its own, and those received and taken) that ``peer`` has
        not acknowledged, in the order they were made or taken: parents before children, an evidence file
        before the revision that adds it. Seals what is new first (:meth:`seal_new`)."""
        self.seal_new()
        return [
            SealedObject(data, oid)
            for oid, _kind, _ref, data in rev_store.sealed_not_acknowledged(self._vault, peer)
        ]

    def acknowledge(self, peer: str, object_ids: Iterable[str]) -> None:
        """``peer`` confirmed it stored these objects: they are not offered to it again."""
        with self._vault.atomic():
            rev_store.acknowledge(self._vault, peer, list(object_ids))

    # ---------------------------------------------------------------- ObjectSink
    def has(self, object_id: str) -> bool:
        """Whether this vault holds the object: sealed here, or received (whatever its outcome)."""
        return (
            rev_store.has_sealed(self._vault, object_id)
            or rev_store.received(self._vault, object_id) is not None
        )

    def receive(self, obj: SealedObject) -> Received:
        """Take one object: ``duplicate`` when it is here already; ``quarantined`` (kept, with its code and
        reason) when it does not open or a receiver refuses it; ``waiting`` (kept) when what it needs has
        not arrived; ``applied`` otherwise — and then whatever was waiting for it is taken too."""
        oid = obj.object_id
        vault = self._vault
        if rev_store.has_sealed(vault, oid):
            return Received(oid, Outcome.DUPLICATE)
        before = rev_store.received(vault, oid)
        if before is not None and before.outcome != Outcome.WAITING:
            return Received(oid, Outcome.DUPLICATE)
        result = self._open_and_take(obj)
        if result.outcome == Outcome.APPLIED:
            self._retry_waiting()
        return result

    def _open_and_take(self, obj: SealedObject) -> Received:
        oid, vault = obj.object_id, self._vault
        try:
            opened = devices.open_from_org(self.session, obj.data, context=tuple(RECEIVERS))
        except Quarantined as q:
            with vault.atomic():
                rev_store.put_received(
                    vault, oid, Outcome.QUARANTINED, code=q.code, reason=str(q), data=obj.data
                )
            log.info("exchange: object %s quarantined (%s)", oid[:12], q.code)
            return Received(oid, Outcome.QUARANTINED, q.code, str(q))
        try:
            # one transaction: what the receiver takes (a revision into its graph and the case settled, an
            # evidence file listed) and the record that it was received — a kill between the two would leave
            # a revision in the graph but not in its case, and its re-delivery would count as a duplicate
            with vault.atomic():
                got = RECEIVERS[opened.context](self.session, opened)
                rev_store.put_received(vault, oid, got.outcome, kind=opened.context, author=opened.author_id)
                if got.outcome == Outcome.APPLIED and opened.context in (KIND_REVISION, KIND_EVIDENCE):
                    rev_store.put_sealed(vault, oid, opened.context, f"received:{oid}", obj.data)
        except Waiting as w:
            with vault.atomic():
                rev_store.put_received(
                    vault,
                    oid,
                    Outcome.WAITING,
                    kind=opened.context,
                    reason=str(w),
                    author=opened.author_id,
                    data=obj.data,
                )
            return Received(oid, Outcome.WAITING, "", f"Kept: {w}.")
        except Refused as r:
            with vault.atomic():
                rev_store.put_received(
                    vault,
                    oid,
                    Outcome.QUARANTINED,
                    kind=opened.context,
                    code=r.code,
                    reason=r.reason,
                    author=opened.author_id,
                    data=obj.data,
                )
            log.info("exchange: object %s refused (%s)", oid[:12], r.code)
            return Received(oid, Outcome.QUARANTINED, r.code, r.reason)
        return dataclasses.replace(got, object_id=oid)

    def _retry_waiting(self) -> None:
        """Take what was waiting and can be taken now (until nothing more moves)."""
        progress = True
        while progress:
            progress = False
            for row in rev_store.received_with_outcome(self._vault, Outcome.WAITING):
                if row.data is None:
                    continue
                got = self._open_and_take(SealedObject(row.data, row.object_id))
                if got.outcome != Outcome.WAITING:
                    progress = True

    # ---------------------------------------------------------------- CheckpointStore
    def checkpoint(self, peer: str) -> str:
        """The transport's resume point with ``peer`` ('' when none)."""
        return rev_store.checkpoint(self._vault, peer)

    def set_checkpoint(self, peer: str, value: str) -> None:
        """Keep the transport's resume point with ``peer`` (committed at once)."""
        rev_store.set_checkpoint(self._vault, peer, value)


def quarantine(session: Session) -> list[QuarantineEntry]:
    """What was received and not applied, with its code and reason (oldest first)."""
    return [
        QuarantineEntry(
            r.object_id, r.code, r.reason, r.kind, r.author, r.received_at, len(r.data) if r.data else 0
        )
        for r in rev_store.received_with_outcome(session.vault, Outcome.QUARANTINED)
    ]


def waiting(session: Session) -> list[QuarantineEntry]:
    """What was received and waits for what it needs (oldest first)."""
    return [
        QuarantineEntry(
            r.object_id, r.code, r.reason, r.kind, r.author, r.received_at, len(r.data) if r.data else 0
        )
        for r in rev_store.received_with_outcome(session.vault, Outcome.WAITING)
    ]


def require_no_conflict(session: Session, case_id: int) -> None:
    """UserError naming the fields when the case has an open conflict (a sign-off is refused then)."""
    open_ = revlog.open_conflicts(session.vault, case_id)
    if open_:
        raise UserError(
            f"Case {case_id} has an open conflict between laptops in {', '.join(c['path'] for c in open_)}: "
            "settle it first (`conflicts`, `conflict resolve`)."
        )


__all__ = [
    "KIND_EVIDENCE",
    "KIND_REVISION",
    "RECEIVERS",
    "QuarantineEntry",
    "Receiver",
    "Refused",
    "VaultObjects",
    "Waiting",
    "parse_revision_payload",
    "quarantine",
    "receive_evidence",
    "receive_revision",
    "require_no_conflict",
    "revision_payload",
    "waiting",
]
