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
* ``signoff``, ``rules-pack``: ``services/remote_review.py``, ``services/pack_exchange.py``.
* ``filing``: the signed filing built on the reviewer's laptop, taken only when ``verify`` passes on it here
  and kept sealed for ``packet`` to hand out (``services/remote_filing.py``); passed on to the other laptops
  as it came, like a received sign-off.

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

from parole_desktop.domain import text as text_rule
from parole_desktop.errors import ParoleError, StorageError, UserError, ValidationError
from parole_desktop.exchange import casemap
from parole_desktop.exchange.objects import Outcome, Received, SealedObject
from parole_desktop.exchange.revisions import TOMBSTONE, Revision, RevisionError
from parole_desktop.exchange.seal import Opened, Quarantined
from parole_desktop.services import devices, pack_exchange, remote_filing, remote_review, revlog
from parole_desktop.services.roster import pinned_roster
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
    state = graph.current()
    if case_store.case_id_by_uid(vault, case_uid) is None and not graph.is_deleted():
        # the case is made here (new, or deleted here and brought back by an edit it conflicts with, or
        # restored): every file it names must be here — a file this laptop deleted with the case is taken
        # back from the sealed copy it made of it
        lost = {s for s in casemap.evidence_shas(state) if rev_store.attachment_for_sha(vault, s) is None}
        lost -= _recover_own_files(session, lost)
        if lost:
            raise Waiting(f"the evidence file {sorted(lost)[0][:12]}… has not arrived")
    try:
        text_rule.clean_record(casemap.case_from_map(state).case)
    except (casemap.CaseMapError, ValidationError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise Refused(
            "bad_content",
            f"This revision does not make a valid case here ({exc}); it is kept aside, not applied.",
        ) from exc
    try:
        with vault.atomic():  # the revision and the case it makes, or neither
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
    except StorageError:
        raise  # the disk, not the object: the transport stops, nothing of this object was kept
    except ParoleError as exc:
        raise Refused("bad_content", f"This revision cannot be applied here: {exc}") from exc
    return True


def _recover_own_files(session: Session, shas: Iterable[str]) -> set[str]:
    """Evidence files this vault no longer holds (deleted with their case) taken back from the sealed copy
    this laptop made of them when it sent them: opened (this laptop was a recipient), checked against their
    SHA-256, kept as received files. Returns the ones recovered."""
    vault = session.vault
    got: set[str] = set()
    for sha in sorted(shas):
        sealed = rev_store.sealed_for(vault, KIND_EVIDENCE, sha)
        if sealed is None:
            continue
        try:
            opened = devices.open_from_org(session, sealed[1], context=KIND_EVIDENCE)
        except Quarantined as q:
            log.info("exchange: own sealed copy of a file did not open (%s)", q.code)
            continue
        if hashlib.sha256(opened.payload).hexdigest() != sha:
            continue
        stored = vault.attachments.put_bytes(opened.payload, name="recovered evidence")
        rev_store.put_received_file(vault, sha, stored.attachment_id, stored.size)
        got.add(sha)
    return got


def receive_revision(session: Session, opened: Opened) -> Received:
    """A revision into its case's graph (see the module docstring)."""
    case_uid, rev = parse_revision_payload(opened.payload)
    if rev.author and rev.author != opened.author_id:
        raise Refused(
            "wrong_author",
            "This revision names another laptop as its author than the one that sealed it.",
        )
    if rev.id in revlog.load_graph(session.vault, case_uid):
        return Received("", Outcome.DUPLICATE)
    if rev.author and rev.author == revlog.device_id(session.vault):
        _own_revision_came_back(session, case_uid, rev)
    _take_revision(session, case_uid, rev)
    return Received("", Outcome.APPLIED)


def _own_revision_came_back(session: Session, case_uid: str, rev: Revision) -> None:
    """Another laptop holds a revision this laptop made and no longer has: this vault was rolled back to an
    older copy (or its history was rewritten). Named as a finding; the revision is taken (nothing lost).
    Its audit entries are compared with this vault's audit log: an entry that differs was rewritten."""
    vault = session.vault
    cid = case_store.case_id_by_uid(vault, case_uid)
    what = f"case {cid}" if cid is not None else f"a case this vault no longer has ({case_uid[:12]}…)"
    with vault.atomic():
        rev_store.add_finding(
            vault,
            "rollback",
            case_uid,
            rev.id,
            f"Another laptop holds a revision of {what} that this laptop made on {rev.at} and this vault no "
            "longer has: this vault was rolled back to an older copy, or its history was rewritten.",
        )
        _compare_audit(vault, case_uid, what, rev.audit)


def _compare_audit(vault, case_uid: str, what: str, entries: Iterable[object]) -> int:  # type: ignore[no-untyped-def]
    n = 0
    for e in entries:
        if not isinstance(e, dict):
            continue
        seq, want = int(e.get("seq", 0)), str(e.get("hash", ""))
        local = rev_store.audit_entry(vault, seq)
        if local is not None and local.hash == want:
            continue
        n += rev_store.add_finding(
            vault,
            "audit_rewritten",
            case_uid,
            f"{seq}:{want}",
            f"This vault's audit log entry {seq} ({e.get('action', '?')} of {what}, {e.get('at', '?')}) "
            + ("is missing" if local is None else "differs from the copy this laptop signed into a revision")
            + ": the audit log was rewritten or rolled back.",
        )
    return n


def check_own_history(session: Session) -> int:
    """Compare the audit entries this laptop put into its own revisions with its audit log now (an audit
    log rewritten after the entries were signed into revisions shows here, and on any other laptop that
    received them). Returns how many new findings."""
    vault = session.vault
    me = revlog.device_id(vault)
    n = 0
    with vault.atomic():
        for case_uid, body in rev_store.revisions_by_author(vault, me):
            rev = Revision.from_json(body)
            cid = case_store.case_id_by_uid(vault, case_uid)
            n += _compare_audit(
                vault, case_uid, f"case {cid}" if cid is not None else "a deleted case", rev.audit
            )
    return n


@dataclass(frozen=True)
class FindingEntry:
    kind: str  # "rollback" | "audit_rewritten"
    case_uid: str
    detail: str
    found_at: str

    def as_dict(self) -> dict[str, str]:
        return dataclasses.asdict(self)


def findings(session: Session, *, check: bool = True) -> list[FindingEntry]:
    """What other laptops' copies (and this laptop's own signed revisions) showed about this vault."""
    if check:
        check_own_history(session)
    return [FindingEntry(f.kind, f.case_uid, f.detail, f.found_at) for f in rev_store.findings(session.vault)]


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


def _strict(receiver: Receiver) -> Receiver:
    """A receiver that answers ``quarantined`` or ``waiting`` in its Received (``remote_review``,
    ``pack_exchange``: usable without a store), turned into this module's Refused / Waiting."""

    def take(session: Session, opened: Opened) -> Received:
        got = receiver(session, opened)
        if got.outcome == Outcome.QUARANTINED:
            raise Refused(got.code, got.reason)
        if got.outcome == Outcome.WAITING:
            raise Waiting(got.reason)
        return got

    return take


#: seal context -> what takes it. A receiver returns ``Received`` (its ``object_id`` is filled in by
#: VaultObjects), raises :class:`Refused` (kept in the quarantine with the code) or :class:`Waiting` (kept,
#: retried after every object applied).
RECEIVERS: dict[str, Receiver] = {
    KIND_REVISION: receive_revision,
    KIND_EVIDENCE: receive_evidence,
    remote_review.CONTEXT: _strict(remote_review.receive_signoff),
    pack_exchange.CONTEXT: _strict(pack_exchange.receive_pack),
    remote_filing.CONTEXT: _strict(remote_filing.receive_filing),
}
#: objects received and taken that this vault passes on to its peers as they came (a rules pack is not:
#: every laptop seals the packs it holds, ``pack_exchange.packs_to_send``; a received filing goes only while
#: it is the latest of its sign-off and that sign-off holds here, ``remote_filing.refs_to_send``)
RELAYED: frozenset[str] = frozenset(
    {KIND_REVISION, KIND_EVIDENCE, remote_review.CONTEXT, remote_filing.CONTEXT}
)


# ------------------------------------------------------------------------------------ the store
#: sealed objects stored per transaction by :meth:`VaultObjects.seal_new` (one commit each cost about a
#: third of an export, issue #23), and the bytes a chunk holds in memory before it is written
SEAL_CHUNK = 200
SEAL_CHUNK_BYTES = 32 * 1024 * 1024


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
        self.opened_count = 0  # objects decrypted and verified by this instance (see _open)

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
        # (object id, kind, ref, blob, case uid) sealed but not yet stored; written in one transaction per
        # chunk, in the order they were sealed (a file before the revision that adds it). A kill loses at
        # most the chunk being written, which rolls back whole: its refs are still unsealed, so the next
        # export seals them again.
        batch: list[tuple[str, str, str, bytes, str]] = []

        def flush() -> None:
            if batch:
                with vault.atomic():
                    for oid, kind, ref, blob, uid in batch:
                        rev_store.put_sealed(vault, oid, kind, ref, blob, case_uid=uid)
                batch.clear()

        def keep(kind: str, ref: str, blob: bytes, uid: str = "") -> None:
            batch.append((hashlib.sha256(blob).hexdigest(), kind, ref, blob, uid))
            if len(batch) >= SEAL_CHUNK or sum(len(b[3]) for b in batch) >= SEAL_CHUNK_BYTES:
                flush()

        for case_uid, rev_id, body in rev_store.revisions_to_seal(vault, sealed_revs):
            rev = Revision.from_json(body)
            for sha in sorted(casemap.evidence_shas(rev.changes) - sealed_files):
                src = rev_store.attachment_for_sha(vault, sha)
                if src is None:
                    continue  # removed since; the item's revision that removes it follows
                data = vault.attachments.read_bytes(src[0], sha)
                keep(KIND_EVIDENCE, sha, devices.seal_for_org(self.session, data, context=KIND_EVIDENCE))
                sealed_files.add(sha)
                n += 1
            blob = devices.seal_for_org(self.session, revision_payload(case_uid, rev), context=KIND_REVISION)
            keep(KIND_REVISION, rev_id, blob, case_uid)
            n += 1
        flush()
        return n + self._seal_signoffs_and_packs()

    def _seal_signoffs_and_packs(self) -> int:
        """The sign-offs made here that still hold (``remote_review.signoffs_to_send``) and the rules packs
        this vault holds (``pack_exchange.packs_to_send``), each sealed once, after the revisions they
        follow."""
        vault = self._vault
        n = 0
        done = rev_store.sealed_refs(vault, remote_review.CONTEXT)
        for item in remote_review.signoffs_to_send(self.session):
            ref = f"signoff:{item.fingerprint}"
            if ref not in done:
                blob = remote_review.seal_signoff(self.session, item).data
                with vault.atomic():
                    rev_store.put_sealed(
                        vault, hashlib.sha256(blob).hexdigest(), remote_review.CONTEXT, ref, blob
                    )
                n += 1
        done = rev_store.sealed_refs(vault, pack_exchange.CONTEXT)
        for ref, raw in pack_exchange.packs_to_send(self.session):
            if ref not in done:
                blob = pack_exchange.seal_pack(self.session, raw).data
                with vault.atomic():
                    rev_store.put_sealed(
                        vault, hashlib.sha256(blob).hexdigest(), pack_exchange.CONTEXT, ref, blob
                    )
                n += 1
        return n

    def pending_for(self, peer: str) -> list[SealedObject]:
        """Every sealed object this vault holds (its own, and those received and taken) that ``peer`` has
        not acknowledged, in the order they were made or taken: parents before children, an evidence file
        before the revision that adds it. Seals what is new first (:meth:`seal_new`)."""
        self.seal_new()
        rows = rev_store.sealed_not_acknowledged(self._vault, peer)
        live: set[str] = set()
        if any(kind == remote_filing.CONTEXT for _oid, kind, _ref, _data in rows):
            # a signed filing goes only while its sign-off holds here (kept: undoing an edit restores it)
            live = remote_filing.refs_to_send(self.session)
        return [
            SealedObject(data, oid)
            for oid, kind, ref, data in rows
            if kind != remote_filing.CONTEXT or ref in live
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
        try:
            if rev_store.has_sealed(vault, oid):
                return Received(oid, Outcome.DUPLICATE)
            before = rev_store.received(vault, oid)
            if before is not None and before.outcome != Outcome.WAITING:
                return Received(oid, Outcome.DUPLICATE)
            result = self._open_and_take(obj)
            if result.outcome == Outcome.APPLIED:
                self._retry_waiting()
            return result
        except StorageError as exc:  # the vault's disk (full, gone): what was received before stays
            raise OSError(str(exc)) from exc

    def _open(self, obj: SealedObject) -> Opened:
        """Decrypt and verify one object (Quarantined when it does not open). Counted in
        :attr:`opened_count`: a waiting object is opened once, when it arrives, never again on a retry."""
        self.opened_count += 1
        return devices.open_from_org(self.session, obj.data, context=tuple(RECEIVERS))

    def _quarantine_unopened(self, obj: SealedObject, q: Quarantined) -> Received:
        oid, vault = obj.object_id, self._vault
        with vault.atomic():
            rev_store.put_received(
                vault,
                oid,
                Outcome.QUARANTINED,
                kind=q.context,
                code=q.code,
                reason=str(q),
                author=_listed_author(self.session, q),
                data=obj.data,
            )
            rev_store.forget_waiting_opened(vault, oid)
        log.info("exchange: object %s quarantined (%s)", oid[:12], q.code)
        return Received(oid, Outcome.QUARANTINED, q.code, str(q))

    def _open_and_take(self, obj: SealedObject, opened: Opened | None = None) -> Received:
        """Open ``obj`` (unless ``opened`` is what opening it gave before) and hand it to its receiver."""
        oid, vault = obj.object_id, self._vault
        if opened is None:
            try:
                opened = self._open(obj)
            except Quarantined as q:
                return self._quarantine_unopened(obj, q)
        try:
            # one transaction: what the receiver takes (a revision into its graph and the case settled, an
            # evidence file listed) and the record that it was received — a kill between the two would leave
            # a revision in the graph but not in its case, and its re-delivery would count as a duplicate
            with vault.atomic():
                got = RECEIVERS[opened.context](self.session, opened)
                rev_store.put_received(vault, oid, got.outcome, kind=opened.context, author=opened.author_id)
                if got.outcome == Outcome.APPLIED and opened.context == remote_filing.CONTEXT:
                    remote_filing.taken(self.session, oid, opened, obj.data)  # kept: handed out by `packet`
                if got.outcome == Outcome.APPLIED and opened.context in RELAYED:
                    rev_store.put_sealed(vault, oid, opened.context, rev_store.relay_ref(oid), obj.data)
                rev_store.forget_waiting_opened(vault, oid)
            revlog.remove_deleted_files(vault)  # a deletion taken: its files, now that it is committed
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
                rev_store.put_waiting_opened(
                    vault,
                    rev_store.OpenedRow(
                        oid,
                        opened.context,
                        opened.author_id,
                        opened.author_key,
                        opened.created_at,
                        opened.recipients,
                        opened.payload,
                    ),
                )
            return Received(oid, Outcome.WAITING, "", f"Kept: {w}.")
        except Refused as r:
            with vault.atomic():
                rev_store.forget_waiting_opened(vault, oid)
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
        """Take what was waiting and can be taken now (until nothing more moves). A waiting object is not
        decrypted again: what opening it gave is kept in the vault (``waiting_opened``); only its author is
        checked again against the roster pinned now (a laptop revoked meanwhile is not taken). A waiting
        revision whose parents are still missing is passed over without reading its case's graph (its
        parents are read once per retry), so a chain received children first is taken in one sweep per
        link, not one graph load per waiting object per link."""
        vault = self._vault
        directory: devices.RosterDirectory | None = None
        parents_of: dict[str, tuple[str, ...]] = {}
        progress = True
        while progress:
            progress = False
            for oid in rev_store.waiting_ids(vault):
                parents = parents_of.get(oid)
                if parents is not None and not all(rev_store.revision_case(vault, p) for p in parents):
                    continue  # its parent has still not arrived
                row = rev_store.received(vault, oid)
                if row is None or row.data is None or row.outcome != Outcome.WAITING:
                    continue
                obj = SealedObject(row.data, oid)
                kept = rev_store.waiting_opened(vault, oid)
                if kept is None:  # waiting since before schema step 0009: opened this once more
                    got = self._open_and_take(obj)
                else:
                    if directory is None:
                        directory = devices.RosterDirectory(pinned_roster(vault))
                    problem = directory.author_problem(kept.author_key)
                    if problem:
                        got = self._quarantine_unopened(obj, Quarantined("untrusted_author", problem))
                    else:
                        opened = Opened(
                            kept.payload,
                            kept.author_id,
                            kept.author_key,
                            kept.context,
                            kept.created_at,
                            kept.recipients,
                        )
                        got = self._open_and_take(obj, opened)
                        if got.outcome == Outcome.WAITING and kept.context == KIND_REVISION:
                            try:
                                parents_of[oid] = parse_revision_payload(kept.payload)[1].parents
                            except Refused:
                                parents_of[oid] = ()
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


def quarantine_count(session: Session) -> int:
    """How many received objects are kept aside (the status bar's count; the bytes are not read)."""
    return session.quarantine_count()


def device_names(session: Session) -> dict[str, str]:
    """Device id -> the name the pinned roster lists it under (revoked devices included)."""
    r = pinned_roster(session.vault)
    if r is None:
        return {}
    return {str(m.extra.get("device_id", "")): m.name for m in r.devices() if m.extra.get("device_id")}


def _listed_author(session: Session, q: Quarantined) -> str:
    """The device id an object that was refused after its signature verified names as its author — only
    when the roster lists the signing key under that id (an unknown key could claim any id): '' otherwise."""
    if not q.author or not q.author_key:
        return ""
    r = pinned_roster(session.vault)
    m = r.member_by_key(q.author_key) if r is not None else None
    return q.author if m is not None and m.extra.get("device_id") == q.author else ""


def waiting(session: Session) -> list[QuarantineEntry]:
    """What was received and waits for what it needs (oldest first)."""
    return [
        QuarantineEntry(
            r.object_id, r.code, r.reason, r.kind, r.author, r.received_at, len(r.data) if r.data else 0
        )
        for r in rev_store.received_with_outcome(session.vault, Outcome.WAITING)
    ]


@dataclass(frozen=True)
class CaseConflicts:
    """A case's open conflicts as this laptop sees them (``mine`` this laptop, ``theirs`` the other;
    absent values are ``{"$deleted": true}``; ``base`` None where the ancestors themselves disagree)."""

    case_id: int
    case_uid: str
    beneficiary: str
    fields: list[dict[str, object]]

    def as_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


def conflicts(session: Session, case_id: int | None = None) -> list[CaseConflicts]:
    """The open conflicts of one case, or of every case that has one."""
    vault = session.vault
    if case_id is not None:
        session.load_case(case_id)  # UserError for a case that does not exist
        row = rev_store.sync_for_case(vault, case_id)
        rows = [row] if row is not None and row.conflicts else []
    else:
        rows = rev_store.sync_rows_with_conflicts(vault)
    out = []
    for row in rows:
        cid = int(row.case_id or 0)
        fields = [{**c, "chosen": row.choices.get(str(c["path"]))} for c in row.conflicts]
        out.append(CaseConflicts(cid, row.case_uid, session.load_case(cid).beneficiary_name, fields))
    return out


def conflict_case_ids(session: Session) -> set[int]:
    """Cases with an open conflict (the case list's badge)."""
    return rev_store.case_ids_with_conflicts(session.vault)


TAKE = ("mine", "theirs", "base")


def resolve_conflict(
    session: Session, case_id: int, path: str, *, take: str | None = None, value: str | None = None
) -> Revision | None:
    """A person settles one conflicting field: this laptop's value (``mine``), the other laptop's
    (``theirs``), the common ancestor's (``base``), or a new ``value`` (JSON, or the text as it is for a
    text field). When it was the last open field, the resolution revision is recorded and returned and the
    case takes it; None while other fields are still open."""
    if (take is None) == (value is None):
        raise UserError("Say which value to keep: --take mine|theirs|base, or --value V.")
    found = next((c for c in revlog.open_conflicts(session.vault, case_id) if c["path"] == path), None)
    if found is None:
        open_ = [str(c["path"]) for c in revlog.open_conflicts(session.vault, case_id)]
        if not open_:
            raise UserError(f"Case {case_id} has no open conflict.")
        raise UserError(f"“{path}” is not an open conflict of case {case_id} (open: {', '.join(open_)}).")
    if take is not None:
        if take not in TAKE:
            raise UserError(f"--take is one of {', '.join(TAKE)}, not “{take}”.")
        if take == "base" and found["base"] is None:
            raise UserError(
                f"“{path}” has no single earlier value (the earlier versions disagree): take mine or theirs, or "
                "give --value."
            )
        chosen = revlog.from_json_value(found[take])
    elif path == TOMBSTONE:
        raise UserError(
            f"“{path}” is a deletion against an edit: --take mine or --take theirs (keep the case deleted, or "
            "restore it with the edit)."
        )
    else:
        assert value is not None
        sample = revlog.from_json_value(found["mine"])
        if isinstance(sample, str) or sample is revlog.DELETED:
            chosen = value
        else:
            try:
                chosen = json.loads(value)
            except ValueError as exc:
                raise UserError(
                    f"--value for “{path}” must be a JSON value like {json.dumps(sample)}."
                ) from exc
    row = rev_store.sync_for_case(session.vault, case_id)
    assert row is not None
    trial = dict(row.state)
    if chosen is revlog.DELETED:
        trial.pop(path, None)
    else:
        trial[path] = chosen
    try:
        content = casemap.case_from_map(trial)
        text_rule.clean_record(content.case)
    except (casemap.CaseMapError, ValueError, TypeError) as exc:
        raise UserError(f"That value for “{path}” does not make a valid case: {exc}") from exc
    if path == TOMBSTONE and chosen is not revlog.DELETED:
        # kept deleted: the other fields in conflict no longer matter; this laptop's values are recorded
        row = rev_store.sync_for_case(session.vault, case_id)
        assert row is not None
        for c in row.conflicts:
            if c["path"] != TOMBSTONE and c["path"] not in row.choices:
                revlog.choose(
                    session.vault,
                    case_id,
                    str(c["path"]),
                    revlog.from_json_value(c["mine"]),
                    actor=session.actor,
                )
    return revlog.choose(session.vault, case_id, path, chosen, actor=session.actor)


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
    "RELAYED",
    "TAKE",
    "TOMBSTONE",
    "CaseConflicts",
    "FindingEntry",
    "QuarantineEntry",
    "Receiver",
    "Refused",
    "VaultObjects",
    "Waiting",
    "check_own_history",
    "conflict_case_ids",
    "conflicts",
    "device_names",
    "findings",
    "parse_revision_payload",
    "quarantine",
    "quarantine_count",
    "receive_evidence",
    "receive_revision",
    "require_no_conflict",
    "resolve_conflict",
    "revision_payload",
    "waiting",
]
