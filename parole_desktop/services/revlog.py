"""Every save is a revision (issue #23 item 3): a case's revision log, kept in the vault, and the case as
its graph's current state.

* :func:`record_local` — after every committed content change of a case (``Session.save_case`` and the
  evidence, status and family-group paths), one revision authored by this device: the field changes since
  the state the stored case was (``case_sync.state``, so an autosave diffs two maps and writes one row — no
  graph is rebuilt), and the audit entries about the case written since the last revision, so the audit
  log travels inside signed revisions. A case that has no revision yet (a new case, or one from before
  schema step 0008) gets its root revision: its whole field map.
* :func:`settle` — after revisions were received: the stored case becomes the graph's current state (the
  three-way merge of its heads; an audit entry ``merge`` records in the case history that two lines of
  work were joined), and fields changed differently on two sides are recorded as open conflicts (the
  stored case keeps this laptop's value until a person chooses). Heads that merge cleanly are joined by
  the next revision made here — a local edit or a person's resolution names every head as its parent — not
  by an authorless merge revision made on receipt: laptops that receive the same revisions in different
  orders would each merge different intermediate heads, send those merges, and merge the merges for ever
  (the three-vault state machine found it). Laptops that hold the same revisions have the same heads and
  so the same content.
* :func:`choose` / :func:`resolve` — a person's choice for a conflicting field; once every open field has
  one, a resolution revision over all heads is recorded and the case takes it.
* :func:`record_deletion` — a case deleted here that other laptops may hold: a tombstone revision (the
  field ``deleted``, ``exchange.revisions.TOMBSTONE``) over every head, in the deletion's transaction. A
  graph whose current state is deleted with no open conflict deletes the case here (:func:`settle`); a
  deletion against an edit is a conflict, and the case stays (or is made again) until a person chooses.

The revision is written in its own transaction right after the save's (the save path stays one call for
the CLI and the GUI): a crash between the two loses nothing, as the next save's diff against
``case_sync.state`` carries the change.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping
from typing import Any

from parole_desktop.domain import codec
from parole_desktop.domain.models import AuditEntry, Case, Evidence
from parole_desktop.errors import UserError
from parole_desktop.exchange import casemap
from parole_desktop.exchange.revisions import (
    DELETED,
    MERGE_AUTHOR,
    TOMBSTONE,
    Revision,
    RevisionGraph,
    State,
    diff,
    make_revision,
)
from parole_desktop.store import cases as case_store
from parole_desktop.store import evidence as evidence_store
from parole_desktop.store import revisions as rev_store
from parole_desktop.store.vault import Vault

log = logging.getLogger(__name__)

ORIGIN_LOCAL = "local"
ORIGIN_MERGE = "merge"
ORIGIN_RECEIVED = "received"
_DELETED_JSON = {"$deleted": True}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def to_json_value(v: Any) -> Any:
    return _DELETED_JSON if v is DELETED else v


def from_json_value(v: Any) -> Any:
    return DELETED if v == _DELETED_JSON else v


def audit_json(e: AuditEntry) -> dict[str, Any]:
    """An audit entry as it travels in a revision (its hash too: another laptop compares it)."""
    return {
        "seq": e.seq,
        "at": e.at,
        "actor": e.actor,
        "action": e.action,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "detail": e.detail,
        "hash": e.hash,
    }


def device_id(vault: Vault) -> str:
    cached = getattr(vault, "_exchange_device_id", None)
    if cached is None:
        cached = rev_store.this_device_id(vault)
        vault._exchange_device_id = cached  # type: ignore[attr-defined]
    return str(cached)


def _group_of(vault: Vault, case: Case) -> dict[str, str] | None:
    if case.family_group_id is None:
        return None
    g = case_store.family_group(vault, case.family_group_id)
    return {"uid": g.uid, "name": g.name, "notes": g.notes}


def case_map(vault: Vault, case: Case, evidence: list[Evidence] | None = None) -> State:
    """The stored case's field map (its own evidence only; ``evidence`` when the caller has the rows)."""
    rows = (
        evidence
        if evidence is not None
        else evidence_store.load_evidence_for_case(vault, int(case.id or 0), None)
    )
    own = [e for e in rows if e.case_id in (None, case.id)]
    mapped = Case(**{**case.__dict__, "evidence": own})  # a shallow copy: case_to_map only reads
    return casemap.case_to_map(mapped, group=_group_of(vault, case))


def load_graph(vault: Vault, case_uid: str) -> RevisionGraph:
    graph = RevisionGraph()
    for body in rev_store.revision_bodies(vault, case_uid):
        graph.add(Revision.from_json(body))
    return graph


def _keep(vault: Vault, case_uid: str, rev: Revision, origin: str) -> None:
    rev_store.add_revision(
        vault, rev.id, case_uid, rev.to_json(), author=rev.author, at=rev.at, origin=origin
    )


def record_local(vault: Vault, case: Case, *, evidence: list[Evidence] | None = None) -> Revision | None:
    """One revision of this device for what changed in ``case`` (as just saved) since its last revision;
    None when nothing did. ``evidence``: the case's evidence rows when the caller just read them."""
    if case.id is None:
        return None
    new = case_map(vault, case, evidence)
    me = device_id(vault)
    with vault.atomic():
        got = rev_store.state_json_for_case(vault, case.id)
        if got is None:
            entries = rev_store.audit_for_case_since(vault, case.id, 0)
            root = make_revision([], new, author=me, at=_now(), audit=[audit_json(e) for e in entries])
            _keep(vault, case.uid, root, ORIGIN_LOCAL)
            seen = max((e.seq for e in entries), default=0)
            rev_store.put_sync(vault, rev_store.SyncRow(case.uid, case.id, [root.id], root.id, new, seen))
            return root
        uid, state_json, heads, audit_seq, conflicted = got
        changes = diff(json.loads(state_json), new)
        if not changes:
            return None
        entries = rev_store.audit_for_case_since(vault, case.id, audit_seq)
        audit = [audit_json(e) for e in entries]
        # the last entry about this case put in a revision (entries about other cases are not this case's)
        head_seq = max((e.seq for e in entries), default=audit_seq)
        row = rev_store.sync_for_uid(vault, uid) if conflicted else None
        parents = [row.local_head] if row is not None else heads
        rev = make_revision(parents, changes, author=me, at=_now(), audit=audit)
        _keep(vault, uid, rev, ORIGIN_LOCAL)
        new_heads = sorted((set(heads) - set(parents)) | {rev.id})
        rev_store.update_sync_state(
            vault,
            uid,
            heads=new_heads,
            local_head=rev.id,
            state_json=json.dumps(new, ensure_ascii=False, sort_keys=True),
            audit_seq=head_seq,
        )
        if row is not None:  # an edit beside an open conflict: the conflicts are what the graph says now
            row = rev_store.sync_for_uid(vault, uid)
            assert row is not None
            row.conflicts = _conflict_rows(load_graph(vault, uid), row.local_head)
            rev_store.put_sync(vault, row)
    return rev


def record_deletion(vault: Vault, case_id: int) -> Revision | None:
    """The case is being deleted here (call inside the deletion's transaction, after its audit entry): a
    tombstone revision of this device over every head — the deletion travels like any edit, with the audit
    entries since the last revision (the ``delete`` among them), and a conflict open here is settled by it
    (this laptop's values, the case deleted). A case no revision of which ever left this vault (none sealed,
    none received) has its revisions forgotten instead: nobody else knows of it. None then."""
    row = rev_store.sync_for_case(vault, case_id)
    if row is None:
        return None
    if not rev_store.case_left_vault(vault, row.case_uid):
        rev_store.forget_case_revisions(vault, row.case_uid)
        return None
    graph = load_graph(vault, row.case_uid)
    mine = graph.state(row.local_head) if row.local_head in graph else graph.current()
    changes: dict[str, Any] = {c.path: mine.get(c.path, DELETED) for c in graph.conflicts()}
    changes[TOMBSTONE] = True
    entries = rev_store.audit_for_case_since(vault, case_id, row.audit_seq)
    rev = make_revision(
        graph.heads(), changes, author=device_id(vault), at=_now(), audit=[audit_json(e) for e in entries]
    )
    _keep(vault, row.case_uid, rev, ORIGIN_LOCAL)
    rev_store.put_sync(
        vault,
        rev_store.SyncRow(
            row.case_uid,
            None,
            [rev.id],
            rev.id,
            {},
            max((e.seq for e in entries), default=row.audit_seq),
        ),
    )
    return rev


def remove_deleted_files(vault: Vault) -> int:
    """Delete the content files of cases a received deletion removed, once that is committed (files no
    row points to any more; a rolled-back deletion's files are still pointed to and stay). Returns how
    many."""
    pending: list[str] = getattr(vault, "_exchange_files_to_remove", [])
    vault._exchange_files_to_remove = []  # type: ignore[attr-defined]
    n = 0
    for aid in pending:
        if not rev_store.attachment_in_use(vault, aid):
            vault.attachments.delete(aid)
            n += 1
    return n


def _delete_here(vault: Vault, case_id: int, *, actor: str) -> None:
    """A received deletion: the case goes as a local delete removes it (its people, checks, sign-offs,
    evidence and their files, what was removed from it), audited; the files after the commit."""
    ids = case_store.delete_case(vault, case_id, actor=actor, remove_files=False)
    vault._exchange_files_to_remove = [*getattr(vault, "_exchange_files_to_remove", []), *ids]  # type: ignore[attr-defined]


def ensure_root(vault: Vault, case_id: int) -> None:
    """A root revision for a case that has none yet (made before schema step 0008, or bulk inserted)."""
    if rev_store.sync_for_case(vault, case_id) is None:
        record_local(vault, case_store.load_case(vault, case_id))


def ensure_roots(vault: Vault) -> int:
    ids = rev_store.cases_without_sync(vault)
    for cid in ids:
        ensure_root(vault, cid)
    return len(ids)


# ------------------------------------------------------------------------------------ conflicts
def _conflict_rows(graph: RevisionGraph, local_head: str) -> list[dict[str, Any]]:
    """Open conflicts, as this laptop sees them: ``mine`` is this laptop's line, ``theirs`` the other."""
    conflicts = graph.conflicts()
    if not conflicts:
        return []
    mine_state = graph.state(local_head) if local_head in graph else {}
    out = []
    seen: set[str] = set()
    for c in conflicts:  # three heads or more: one row per field (the first other value is "theirs")
        if c.path in seen:
            continue
        seen.add(c.path)
        mine = mine_state.get(c.path, DELETED)
        theirs = c.theirs if c.mine == mine else c.mine
        unsettled = type(c.base).__name__ == "_Conflicted"  # the ancestors themselves disagree
        out.append(
            {
                "path": c.path,
                "base": None if unsettled else to_json_value(c.base),
                "mine": to_json_value(mine),
                "theirs": to_json_value(theirs),
            }
        )
    return out


def _local_head(graph: RevisionGraph, previous: str) -> str:
    heads = graph.heads()
    if previous in heads:
        return previous
    below = [h for h in heads if previous in graph.ancestors(h)]
    return (below or heads)[0]


def settle(vault: Vault, case_uid: str, *, actor: str) -> tuple[int | None, list[dict[str, Any]]]:
    """Bring the stored case to its graph: merge heads that merge cleanly (one merge revision, audited),
    record open conflicts, and write the current state into the case (created here when this vault does
    not have it). Returns the case id and the open conflicts."""
    graph = load_graph(vault, case_uid)
    if not len(graph):
        return None, []
    row = rev_store.sync_for_uid(vault, case_uid)
    with vault.atomic():
        previous = row.local_head if row is not None else ""
        local_head = _local_head(graph, previous)
        conflicts = _conflict_rows(graph, local_head)
        state = graph.current()
        case_id = row.case_id if row is not None else case_store.case_id_by_uid(vault, case_uid)
        if state.get(TOMBSTONE) is not None and not conflicts:  # deleted, on every line: deleted here too
            if case_id is not None:
                _delete_here(vault, case_id, actor=actor)
            rev_store.put_sync(
                vault,
                rev_store.SyncRow(
                    case_uid, None, graph.heads(), local_head, {}, rev_store.audit_head_seq(vault)
                ),
            )
            return None, []
        state.pop(TOMBSTONE, None)  # a deletion in conflict: the case is here until a person chooses
        if conflicts and row is not None:  # the stored case keeps this laptop's value until a person chooses
            for c in conflicts:
                if c["path"] == TOMBSTONE:
                    continue
                mine = from_json_value(c["mine"])
                if mine is DELETED:
                    state.pop(c["path"], None)
                else:
                    state[c["path"]] = mine
        changed = row is None or row.state != state or case_id is None
        if changed:
            case_id = apply_state(vault, case_uid, state, case_id=case_id, actor=actor)
        heads = graph.heads()
        if changed and len(heads) > 1:  # the case history says that two lines of work were joined here
            vault.audit.append(actor, "merge", "case", case_id, f"heads={len(heads)}")
        rev_store.put_sync(
            vault,
            rev_store.SyncRow(
                case_uid,
                case_id,
                heads,
                local_head,
                state,
                rev_store.audit_head_seq(vault),
                row.choices if row is not None and conflicts else {},
                conflicts,
            ),
        )
    return case_id, conflicts


def apply_state(
    vault: Vault, case_uid: str, state: Mapping[str, Any], *, case_id: int | None, actor: str
) -> int:
    """Write a field map into the vault as the case ``case_uid`` (created when missing): the case row, its
    people (matched by uid, keeping their row ids), its family group (found by uid or created), and its
    own evidence (matched by key; a new item gets a copy of the file this vault holds with that SHA-256; an
    item gone is removed the recoverable way, as a person would remove it)."""
    content = casemap.case_from_map(state)
    case = content.case
    case.uid = case_uid
    current = case_store.load_case(vault, case_id) if case_id is not None else None
    if current is not None:
        case.id, case.created_at = current.id, current.created_at
        ids = {p.uid: p.id for p in current.people}
        for p in case.people:
            p.id = ids.get(p.uid)
    for p in case.people:
        p.linked_case_id = case_store.case_id_by_uid(vault, p.linked_case_uid) if p.linked_case_uid else None
    if content.group:
        gid = case_store.family_group_id_by_uid(vault, content.group.get("uid", ""))
        if gid is None:
            gid = int(
                case_store.create_family_group(
                    vault,
                    content.group.get("name") or "Family group",
                    actor=actor,
                    notes=content.group.get("notes", ""),
                    uid=content.group.get("uid", ""),
                ).id
                or 0
            )
        case.family_group_id = gid
    else:
        case.family_group_id = None
    wanted = list(zip(content.evidence_keys, case.evidence, strict=True))
    case.evidence = []
    saved = case_store.save_case(vault, case, actor=actor)
    cid = int(saved.id or 0)
    have = evidence_store.load_evidence_for_case(vault, cid, None)
    have = [e for e in have if e.case_id == cid]
    have_by_key = dict(zip(casemap.evidence_keys(have), have, strict=True))
    ids_by_key: dict[str, int] = {}
    for key, ev in wanted:
        old = have_by_key.pop(key, None)
        ev.case_id = cid
        if old is not None:
            ev.id, ev.attachment_id, ev.size = old.id, old.attachment_id, old.size
            ev.translation_of = None
            if codec.evidence_to_dict(ev) != codec.evidence_to_dict(old) or ev.added_at != old.added_at:
                evidence_store.update_evidence(vault, ev, actor=actor)
            ids_by_key[key] = int(old.id or 0)
            continue
        source = rev_store.attachment_for_sha(vault, ev.sha256)
        if source is None:
            raise UserError(f"The file of evidence {ev.sha256[:12]}… has not arrived yet.")
        data = vault.attachments.read_bytes(source[0], ev.sha256)
        stored = vault.attachments.put_bytes(data, name=ev.original_filename or "file")
        ev.translation_of = None
        ids_by_key[key] = int(evidence_store.insert_evidence(vault, cid, ev, stored, actor=actor).id or 0)
    for old in have_by_key.values():
        evidence_store.delete_evidence(vault, int(old.id or 0), actor=actor)
    for key, original in content.translation_of.items():
        if key in ids_by_key and original in ids_by_key:
            vault.db.execute(
                "UPDATE evidence SET translation_of = ? WHERE id = ?", [ids_by_key[original], ids_by_key[key]]
            )
    return cid


def open_conflicts(vault: Vault, case_id: int) -> list[dict[str, Any]]:
    row = rev_store.sync_for_case(vault, case_id)
    return list(row.conflicts) if row is not None else []


def choose(vault: Vault, case_id: int, path: str, value: Any, *, actor: str) -> Revision | None:
    """A person's value for one conflicting field (DELETED keeps it removed). When every open field has a
    choice, the resolution revision is recorded and returned (None while other fields are open)."""
    row = rev_store.sync_for_case(vault, case_id)
    if row is None or not row.conflicts:
        raise UserError(f"Case {case_id} has no open conflict.")
    paths = [c["path"] for c in row.conflicts]
    if path not in paths:
        raise UserError(f"“{path}” is not an open conflict of case {case_id} (open: {', '.join(paths)}).")
    with vault.atomic():
        row.choices[path] = to_json_value(value)
        rev_store.put_sync(vault, row)
        vault.audit.append(actor, "conflict_choice", "case", case_id, path)
    if set(paths) - set(row.choices):
        return None
    return resolve(vault, case_id, actor=actor)


def resolve(vault: Vault, case_id: int, *, actor: str) -> Revision:
    row = rev_store.sync_for_case(vault, case_id)
    if row is None or not row.conflicts:
        raise UserError(f"Case {case_id} has no open conflict.")
    graph = load_graph(vault, row.case_uid)
    choices = {k: from_json_value(v) for k, v in row.choices.items()}
    open_paths = {c.path for c in graph.conflicts()}
    audit = [audit_json(e) for e in rev_store.audit_for_case_since(vault, case_id, row.audit_seq)]
    rev = graph.resolve(
        {k: v for k, v in choices.items() if k in open_paths}, author=device_id(vault), at=_now(), audit=audit
    )
    with vault.atomic():
        _keep(vault, row.case_uid, rev, ORIGIN_LOCAL)
        row.local_head = rev.id
        row.choices = {}
        rev_store.put_sync(vault, row)
        vault.audit.append(actor, "resolve", "case", case_id, ",".join(sorted(open_paths)))
    settle(vault, row.case_uid, actor=actor)
    return rev


def revisions_of(vault: Vault, case_uid: str) -> list[Revision]:
    return [Revision.from_json(b) for b in rev_store.revision_bodies(vault, case_uid)]


__all__ = [
    "DELETED",
    "MERGE_AUTHOR",
    "ORIGIN_LOCAL",
    "ORIGIN_MERGE",
    "ORIGIN_RECEIVED",
    "apply_state",
    "audit_json",
    "case_map",
    "choose",
    "device_id",
    "ensure_root",
    "ensure_roots",
    "from_json_value",
    "load_graph",
    "open_conflicts",
    "record_deletion",
    "record_local",
    "remove_deleted_files",
    "resolve",
    "revisions_of",
    "settle",
    "to_json_value",
]
