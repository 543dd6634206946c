"""The exchange's tables (schema step ``0008_case_revisions``, issue #23): SQL only, no decisions.

* ``case_revisions``: every revision of every case this vault knows (its own and received ones, the
  waiting ones too), as the Revision JSON, keyed by the case's uid (a received case may not exist here yet).
* ``case_sync``: where each case stands in its graph — the heads, this laptop's own head, the field map the
  stored case is (so an autosave diffs against it without rebuilding the graph), the audit entry last put in
  a revision, the open conflicts and the choices a person made for them so far.
* ``sealed_objects``: what this vault sealed (object id -> kind, reference, bytes), sealed once and reused so
  an object's id is stable whichever transport carries it.
* ``received_objects``: what came in (outcome, quarantine code and reason; the bytes while the object is
  waiting or quarantined, so nothing received is ever dropped).
* ``peer_acks``, ``peer_ack_marks``, ``transport_checkpoints``: what each peer confirmed (per peer, a mark
  up to which it confirmed everything, and the rows above it), and each transport's resume point.
* ``waiting_opened``: what opening a waiting object gave (its verified payload), so it is opened once.
* ``received_evidence``: evidence files received (checked against their SHA-256), by content hash.
* ``sync_findings``: what another laptop's copy showed about this vault (rolled back, audit log rewritten).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from parole_desktop.domain.models import AuditEntry
from parole_desktop.store.vault import Vault


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# ------------------------------------------------------------------------------------ revisions
def add_revision(
    vault: Vault, rev_id: str, case_uid: str, body: str, *, author: str, at: str, origin: str
) -> bool:
    """Keep one revision (True when it was new). Call inside a transaction."""
    cur = vault.db.execute(
        "INSERT OR IGNORE INTO case_revisions (id, case_uid, body, author, at, origin, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [rev_id, case_uid, body, author, at, origin, _now()],
    )
    return bool(cur.rowcount)


def revision_bodies(vault: Vault, case_uid: str) -> list[str]:
    """The case's revisions in the order this vault got them."""
    return [
        r[0]
        for r in vault.db.execute(
            "SELECT body FROM case_revisions WHERE case_uid = ? ORDER BY seq", [case_uid]
        ).fetchall()
    ]


def revision_case(vault: Vault, rev_id: str) -> str | None:
    row = vault.db.execute("SELECT case_uid FROM case_revisions WHERE id = ?", [rev_id]).fetchone()
    return str(row[0]) if row else None


def revision_ids_by_author(vault: Vault, author: str) -> set[str]:
    return {str(r[0]) for r in vault.db.execute("SELECT id FROM case_revisions WHERE author = ?", [author])}


def revision_count(vault: Vault) -> int:
    return int(vault.db.execute("SELECT count(*) FROM case_revisions").fetchone()[0])


# ------------------------------------------------------------------------------------ case_sync
@dataclass
class SyncRow:
    case_uid: str
    case_id: int | None
    heads: list[str]
    local_head: str
    state: dict[str, Any]
    audit_seq: int
    choices: dict[str, Any] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


_SYNC_COLS = "case_uid, case_id, heads, local_head, state, audit_seq, choices, conflicts"


def _sync(r: Any) -> SyncRow:
    return SyncRow(
        str(r[0]),
        None if r[1] is None else int(r[1]),
        json.loads(r[2]),
        str(r[3]),
        json.loads(r[4]),
        int(r[5]),
        json.loads(r[6]),
        json.loads(r[7]),
    )


def sync_for_case(vault: Vault, case_id: int) -> SyncRow | None:
    r = vault.db.execute(f"SELECT {_SYNC_COLS} FROM case_sync WHERE case_id = ?", [case_id]).fetchone()
    return _sync(r) if r else None


def sync_for_uid(vault: Vault, case_uid: str) -> SyncRow | None:
    r = vault.db.execute(f"SELECT {_SYNC_COLS} FROM case_sync WHERE case_uid = ?", [case_uid]).fetchone()
    return _sync(r) if r else None


def put_sync(vault: Vault, row: SyncRow) -> None:
    """Insert or replace a case's place in its graph. Call inside a transaction."""
    vault.db.execute(
        f"INSERT OR REPLACE INTO case_sync ({_SYNC_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            row.case_uid,
            row.case_id,
            json.dumps(row.heads),
            row.local_head,
            json.dumps(row.state, ensure_ascii=False, sort_keys=True),
            row.audit_seq,
            json.dumps(row.choices, ensure_ascii=False, sort_keys=True),
            json.dumps(row.conflicts, ensure_ascii=False, sort_keys=True),
        ],
    )


def update_sync_state(
    vault: Vault, case_uid: str, *, heads: list[str], local_head: str, state_json: str, audit_seq: int
) -> None:
    """The autosave's update (the state given already serialised, once)."""
    vault.db.execute(
        "UPDATE case_sync SET heads = ?, local_head = ?, state = ?, audit_seq = ? WHERE case_uid = ?",
        [json.dumps(heads), local_head, state_json, audit_seq, case_uid],
    )


def state_json_for_case(vault: Vault, case_id: int) -> tuple[str, str, list[str], int, bool] | None:
    """(case uid, state JSON, heads, audit seq, conflicts open?) for the autosave path: one row, no parse
    of anything but the heads."""
    r = vault.db.execute(
        "SELECT case_uid, state, heads, audit_seq, conflicts != '[]' FROM case_sync WHERE case_id = ?",
        [case_id],
    ).fetchone()
    return (str(r[0]), str(r[1]), json.loads(r[2]), int(r[3]), bool(r[4])) if r else None


def cases_without_sync(vault: Vault) -> list[int]:
    return [
        int(r[0])
        for r in vault.db.execute(
            "SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM case_sync WHERE case_id IS NOT NULL) "
            "ORDER BY id"
        )
    ]


def sync_rows_with_conflicts(vault: Vault) -> list[SyncRow]:
    return [
        _sync(r)
        for r in vault.db.execute(
            f"SELECT {_SYNC_COLS} FROM case_sync WHERE conflicts != '[]' ORDER BY case_id"
        ).fetchall()
    ]


def case_ids_with_conflicts(vault: Vault) -> set[int]:
    return {
        int(r[0])
        for r in vault.db.execute(
            "SELECT case_id FROM case_sync WHERE conflicts != '[]' AND case_id IS NOT NULL"
        )
    }


def case_left_vault(vault: Vault, case_uid: str) -> bool:
    """Whether another laptop may know the case: a revision of it was sealed here or received."""
    return (
        vault.db.execute(
            "SELECT 1 FROM case_revisions WHERE case_uid = ? AND (origin = 'received' OR id IN "
            "(SELECT ref FROM sealed_objects WHERE kind = 'revision')) LIMIT 1",
            [case_uid],
        ).fetchone()
        is not None
    )


def forget_case_revisions(vault: Vault, case_uid: str) -> None:
    """A case that never left this vault was deleted: its revisions and its place in the graph go."""
    vault.db.execute("DELETE FROM case_revisions WHERE case_uid = ?", [case_uid])
    vault.db.execute("DELETE FROM case_sync WHERE case_uid = ?", [case_uid])


def attachment_in_use(vault: Vault, attachment_id: str) -> bool:
    """Whether a row points to the content file (an evidence item, a removed item, a received file)."""
    return (
        vault.db.execute(
            "SELECT 1 FROM evidence WHERE attachment_id = ? UNION ALL "
            "SELECT 1 FROM removed_items WHERE attachment_id = ? UNION ALL "
            "SELECT 1 FROM received_evidence WHERE attachment_id = ? LIMIT 1",
            [attachment_id, attachment_id, attachment_id],
        ).fetchone()
        is not None
    )


def forget_case(vault: Vault, case_id: int) -> None:
    """The case was deleted here: its place in the graph is forgotten (its revisions are kept)."""
    vault.db.execute("UPDATE case_sync SET case_id = NULL WHERE case_id = ?", [case_id])


# ------------------------------------------------------------------------------------ audit for revisions
def audit_for_case_since(vault: Vault, case_id: int, after_seq: int) -> list[AuditEntry]:
    """The audit entries about a case (the case itself, and evidence of it) after ``after_seq``."""
    rows = vault.db.execute(
        "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit "
        "WHERE seq > ? AND ((entity = 'case' AND entity_id = ?) OR (entity = 'evidence' AND "
        "(detail = ? OR detail LIKE ? OR entity_id IN (SELECT CAST(id AS TEXT) FROM evidence WHERE case_id = ?))))"
        " ORDER BY seq",
        [after_seq, str(case_id), f"case={case_id}", f"case={case_id} %", case_id],
    ).fetchall()
    return [AuditEntry(*r) for r in rows]


def audit_head_seq(vault: Vault) -> int:
    row = vault.db.execute("SELECT max(seq) FROM audit").fetchone()
    return int(row[0] or 0)


def audit_entry(vault: Vault, seq: int) -> AuditEntry | None:
    r = vault.db.execute(
        "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit WHERE seq = ?",
        [seq],
    ).fetchone()
    return AuditEntry(*r) if r else None


# ------------------------------------------------------------------------------------ sealed objects
def sealed_for(vault: Vault, kind: str, ref: str) -> tuple[str, bytes] | None:
    r = vault.db.execute(
        "SELECT object_id, data FROM sealed_objects WHERE kind = ? AND ref = ?", [kind, ref]
    ).fetchone()
    return (str(r[0]), bytes(r[1])) if r else None


def put_sealed(vault: Vault, object_id: str, kind: str, ref: str, data: bytes, *, case_uid: str = "") -> None:
    """Keep a sealed object. Its ``seq`` is above every one before and above every peer's acknowledgement
    mark, even after the newest object was deleted (:func:`delete_sealed`): a new object is never taken for
    one a peer acknowledged."""
    vault.db.execute(
        "INSERT OR IGNORE INTO sealed_objects (seq, object_id, kind, ref, case_uid, data, created_at) "
        "VALUES (max(coalesce((SELECT max(seq) FROM sealed_objects), 0), "
        "coalesce((SELECT max(upto) FROM peer_ack_marks), 0)) + 1, ?, ?, ?, ?, ?, ?)",
        [object_id, kind, ref, case_uid, data, _now()],
    )


#: sealed objects of this kind go after every other (a signed filing after the sign-off it belongs to, even
#: when the filing was built before the next exchange sealed that sign-off)
LAST_KIND = "filing"


def sealed_not_acknowledged(vault: Vault, peer: str) -> list[tuple[str, str, str, bytes]]:
    """(object id, kind, ref, bytes) the peer has not acknowledged, in the order they were sealed (objects
    of :data:`LAST_KIND` last)."""
    return [
        (str(r[0]), str(r[1]), str(r[2]), bytes(r[3]))
        for r in vault.db.execute(
            "SELECT object_id, kind, ref, data FROM sealed_objects WHERE seq > ? AND object_id NOT IN "
            "(SELECT object_id FROM peer_acks WHERE peer = ?) ORDER BY kind = ?, seq",
            [ack_mark(vault, peer), peer, LAST_KIND],
        ).fetchall()
    ]


def relay_ref(object_id: str) -> str:
    """The ref of an object received from another laptop and kept, as it came, to pass on to the others."""
    return f"received:{object_id}"


def received_refs(vault: Vault, kind: str, outcome: str) -> list[tuple[str, str]]:
    """(object id, ref) of the objects received of ``kind`` with ``outcome`` (oldest first; no bytes)."""
    return [
        (str(r[0]), str(r[1]))
        for r in vault.db.execute(
            "SELECT object_id, ref FROM received_objects WHERE kind = ? AND outcome = ? "
            "ORDER BY received_at, object_id",
            [kind, outcome],
        ).fetchall()
    ]


def delete_sealed(vault: Vault, kind: str, ref: str) -> int:
    """Forget the sealed objects of ``kind`` and ``ref`` (a filing replaced by a newer one of the same
    sign-off): they are no longer offered to any peer. Returns how many."""
    return int(
        vault.db.execute("DELETE FROM sealed_objects WHERE kind = ? AND ref = ?", [kind, ref]).rowcount
    )


def sealed_refs(vault: Vault, kind: str) -> set[str]:
    return {str(r[0]) for r in vault.db.execute("SELECT ref FROM sealed_objects WHERE kind = ?", [kind])}


def has_sealed(vault: Vault, object_id: str) -> bool:
    return (
        vault.db.execute("SELECT 1 FROM sealed_objects WHERE object_id = ?", [object_id]).fetchone()
        is not None
    )


def ack_mark(vault: Vault, peer: str) -> int:
    """The sealed-object ``seq`` up to which ``peer`` acknowledged every object (0: none kept)."""
    r = vault.db.execute("SELECT upto FROM peer_ack_marks WHERE peer = ?", [peer]).fetchone()
    return int(r[0]) if r else 0


def acknowledge(vault: Vault, peer: str, object_ids: Iterable[str]) -> None:
    """Record what ``peer`` confirmed, then prune: the peer's mark moves up over every object it has now
    acknowledged without a gap, and its acknowledgement rows of objects at or below the mark go (the mark
    says it for them). Rows of objects this vault has not sealed (still waiting here) are kept. Call inside a
    transaction."""
    now = _now()
    vault.db.conn.executemany(
        "INSERT OR IGNORE INTO peer_acks (peer, object_id, at) VALUES (?, ?, ?)",
        [(peer, oid, now) for oid in object_ids],
    )
    mark = ack_mark(vault, peer)
    gap = vault.db.execute(
        "SELECT min(seq) FROM sealed_objects WHERE seq > ? AND object_id NOT IN "
        "(SELECT object_id FROM peer_acks WHERE peer = ?)",
        [mark, peer],
    ).fetchone()[0]
    if gap is None:
        top = vault.db.execute("SELECT max(seq) FROM sealed_objects").fetchone()[0]
        upto = max(mark, int(top or 0))
    else:
        upto = int(gap) - 1
    if upto <= mark:
        return
    vault.db.execute(
        "INSERT OR REPLACE INTO peer_ack_marks (peer, upto, at) VALUES (?, ?, ?)", [peer, upto, now]
    )
    vault.db.execute(
        "DELETE FROM peer_acks WHERE peer = ? AND object_id IN (SELECT object_id FROM sealed_objects "
        "WHERE seq <= ?)",
        [peer, upto],
    )


def ack_rows(vault: Vault, peer: str | None = None) -> int:
    """How many acknowledgement rows are kept (of one peer, or of all)."""
    if peer is None:
        return int(vault.db.execute("SELECT count(*) FROM peer_acks").fetchone()[0])
    return int(vault.db.execute("SELECT count(*) FROM peer_acks WHERE peer = ?", [peer]).fetchone()[0])


# ------------------------------------------------------------------------------------ received objects
@dataclass(frozen=True)
class ReceivedRow:
    object_id: str
    outcome: str
    kind: str
    ref: str
    code: str
    reason: str
    author: str
    received_at: str
    data: bytes | None


def _received_row(r: Any) -> ReceivedRow:
    return ReceivedRow(
        str(r[0]),
        str(r[1]),
        str(r[2]),
        str(r[3]),
        str(r[4]),
        str(r[5]),
        str(r[6]),
        str(r[7]),
        None if r[8] is None else bytes(r[8]),
    )


def received(vault: Vault, object_id: str) -> ReceivedRow | None:
    r = vault.db.execute(
        "SELECT object_id, outcome, kind, ref, code, reason, author, received_at, data FROM received_objects "
        "WHERE object_id = ?",
        [object_id],
    ).fetchone()
    return _received_row(r) if r else None


def put_received(
    vault: Vault,
    object_id: str,
    outcome: str,
    *,
    kind: str = "",
    ref: str = "",
    code: str = "",
    reason: str = "",
    author: str = "",
    data: bytes | None = None,
) -> None:
    vault.db.execute(
        "INSERT OR REPLACE INTO received_objects (object_id, outcome, kind, ref, code, reason, author, data, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce((SELECT received_at FROM received_objects "
        "WHERE object_id = ?), ?))",
        [object_id, outcome, kind, ref, code, reason, author, data, object_id, _now()],
    )


def set_received_outcome(vault: Vault, object_ids: Iterable[str], outcome: str) -> None:
    """Waiting objects that were taken: their outcome changes and their bytes are no longer kept here."""
    vault.db.conn.executemany(
        "UPDATE received_objects SET outcome = ?, data = NULL WHERE object_id = ?",
        [(outcome, oid) for oid in object_ids],
    )


def received_with_outcome(vault: Vault, outcome: str) -> list[ReceivedRow]:
    return [
        _received_row(r)
        for r in vault.db.execute(
            "SELECT object_id, outcome, kind, ref, code, reason, author, received_at, data FROM received_objects "
            "WHERE outcome = ? ORDER BY received_at, object_id",
            [outcome],
        ).fetchall()
    ]


def count_with_outcome(vault: Vault, outcome: str) -> int:
    """How many received objects have ``outcome`` (the bytes are not read)."""
    r = vault.db.execute("SELECT count(*) FROM received_objects WHERE outcome = ?", [outcome]).fetchone()
    return int(r[0]) if r else 0


def waiting_ids(vault: Vault) -> list[str]:
    """The ids of the objects received that wait (oldest first), without their bytes."""
    return [
        str(r[0])
        for r in vault.db.execute(
            "SELECT object_id FROM received_objects WHERE outcome = 'waiting' ORDER BY received_at, object_id"
        ).fetchall()
    ]


def received_rows_for_ref(vault: Vault, kind: str, ref: str, outcome: str) -> list[ReceivedRow]:
    """The objects received of ``kind`` and ``ref`` with ``outcome`` (oldest first)."""
    return [
        _received_row(r)
        for r in vault.db.execute(
            "SELECT object_id, outcome, kind, ref, code, reason, author, received_at, data FROM received_objects "
            "WHERE kind = ? AND ref = ? AND outcome = ? ORDER BY received_at, object_id",
            [kind, ref, outcome],
        ).fetchall()
    ]


def received_for_ref(vault: Vault, kind: str, ref: str) -> str | None:
    r = vault.db.execute(
        "SELECT object_id FROM received_objects WHERE kind = ? AND ref = ? LIMIT 1", [kind, ref]
    ).fetchone()
    return str(r[0]) if r else None


# ------------------------------------------------------------------------------------ waiting, opened once
@dataclass(frozen=True)
class OpenedRow:
    """What opening a waiting object gave (schema step 0009): its verified payload and seal header."""

    object_id: str
    context: str
    author_id: str
    author_key: str
    created_at: str
    recipients: tuple[str, ...]
    payload: bytes


def put_waiting_opened(vault: Vault, row: OpenedRow) -> None:
    """Keep what a waiting object opened to (call inside a transaction)."""
    vault.db.execute(
        "INSERT OR REPLACE INTO waiting_opened (object_id, context, author_id, author_key, created_at, "
        "recipients, payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            row.object_id,
            row.context,
            row.author_id,
            row.author_key,
            row.created_at,
            json.dumps(list(row.recipients)),
            row.payload,
        ],
    )


def waiting_opened(vault: Vault, object_id: str) -> OpenedRow | None:
    r = vault.db.execute(
        "SELECT object_id, context, author_id, author_key, created_at, recipients, payload FROM waiting_opened "
        "WHERE object_id = ?",
        [object_id],
    ).fetchone()
    if r is None:
        return None
    return OpenedRow(
        str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), tuple(json.loads(r[5])), bytes(r[6])
    )


def forget_waiting_opened(vault: Vault, object_id: str) -> None:
    """The object is no longer waiting (taken or quarantined): its opened payload goes."""
    vault.db.execute("DELETE FROM waiting_opened WHERE object_id = ?", [object_id])


# ------------------------------------------------------------------------------------ checkpoints
def checkpoint(vault: Vault, peer: str) -> str:
    r = vault.db.execute("SELECT value FROM transport_checkpoints WHERE peer = ?", [peer]).fetchone()
    return str(r[0]) if r else ""


def set_checkpoint(vault: Vault, peer: str, value: str) -> None:
    with vault.atomic():
        vault.db.execute(
            "INSERT OR REPLACE INTO transport_checkpoints (peer, value, at) VALUES (?, ?, ?)",
            [peer, value, _now()],
        )


# ------------------------------------------------------------------------------------ evidence received
def received_file(vault: Vault, sha256: str) -> tuple[str, int] | None:
    r = vault.db.execute(
        "SELECT attachment_id, size FROM received_evidence WHERE sha256 = ?", [sha256]
    ).fetchone()
    return (str(r[0]), int(r[1])) if r else None


def put_received_file(vault: Vault, sha256: str, attachment_id: str, size: int) -> None:
    vault.db.execute(
        "INSERT OR IGNORE INTO received_evidence (sha256, attachment_id, size, received_at) VALUES (?, ?, ?, ?)",
        [sha256, attachment_id, size, _now()],
    )


def attachment_for_sha(vault: Vault, sha256: str) -> tuple[str, int] | None:
    """A content file of this vault holding these bytes: an evidence row's, or one received."""
    r = vault.db.execute(
        "SELECT attachment_id, size FROM evidence WHERE sha256 = ? AND attachment_id != '' LIMIT 1", [sha256]
    ).fetchone()
    if r:
        return str(r[0]), int(r[1])
    return received_file(vault, sha256)


def evidence_sha_rows(vault: Vault, case_id: int) -> list[tuple[int, str, str]]:
    """(evidence id, sha256, attachment id) of a case's own evidence."""
    return [
        (int(r[0]), str(r[1]), str(r[2]))
        for r in vault.db.execute(
            "SELECT id, sha256, attachment_id FROM evidence WHERE case_id = ? ORDER BY id", [case_id]
        )
    ]


# ------------------------------------------------------------------------------------ findings
@dataclass(frozen=True)
class Finding:
    kind: str
    case_uid: str
    key: str
    detail: str
    found_at: str


def add_finding(vault: Vault, kind: str, case_uid: str, key: str, detail: str) -> bool:
    cur = vault.db.execute(
        "INSERT OR IGNORE INTO sync_findings (kind, case_uid, key, detail, found_at) VALUES (?, ?, ?, ?, ?)",
        [kind, case_uid, key, detail, _now()],
    )
    return bool(cur.rowcount)


def findings(vault: Vault) -> list[Finding]:
    return [
        Finding(*r)
        for r in vault.db.execute(
            "SELECT kind, case_uid, key, detail, found_at FROM sync_findings ORDER BY id"
        ).fetchall()
    ]


def this_device_id(vault: Vault) -> str:
    row = vault.db.execute("SELECT device_id FROM device_identity").fetchone()
    return str(row[0]) if row else ""


def revisions_to_seal(vault: Vault, sealed: set[str]) -> list[tuple[str, str, str]]:
    """(case uid, revision id, body) of this vault's own and merge revisions not sealed yet, in the order
    they were made (parents first)."""
    rows = vault.db.execute(
        "SELECT case_uid, id, body FROM case_revisions WHERE origin IN ('local', 'merge') AND id NOT IN "
        "(SELECT ref FROM sealed_objects WHERE kind = 'revision') ORDER BY seq"
    ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows if str(r[1]) not in sealed]


def revisions_by_author(vault: Vault, author: str) -> list[tuple[str, str]]:
    """(case uid, body) of the revisions one device made, in order."""
    return [
        (str(r[0]), str(r[1]))
        for r in vault.db.execute(
            "SELECT case_uid, body FROM case_revisions WHERE author = ? ORDER BY seq", [author]
        ).fetchall()
    ]
