"""A case's revision graph, with CouchDB's semantics and a person in charge of every conflict (#23 item 3).

A case's content is a flat map from field path to JSON value (``"case.statement"``,
``"person.<uid>.date_of_birth"``, ``"evidence.<sha256>.title"``; a path that is absent is a field that does
not exist, e.g. a removed person). A :class:`Revision` holds the field-level changes an author made on top
of its parents, the author's audit entries, and its parents; its id is the SHA-256 of all of that, so the
same revision has the same id on every laptop and a changed one has another.

* **Nothing received is dropped.** A revision whose parents are missing waits (``pending``) and is taken as
  soon as they arrive, in any order; a revision received twice changes nothing.
* **Three-way merge per field** against the common ancestor: a field changed on one side only takes that
  side; the same field changed to different values on both sides — including a removal against an edit —
  is a :class:`Conflict`, never settled by a machine. Heads that merge cleanly are joined by a merge
  revision that has no author and no time, so every laptop makes the *same* merge (same id) and two laptops
  merging the same heads converge instead of merging each other's merges forever.
* A conflict is settled by a person: :meth:`RevisionGraph.resolve` records a revision over all heads with
  the chosen value for every conflicting field (mine, theirs, the base, or a new value).

This module is pure (no vault, no I/O): the store keeps revisions, services map cases to field maps.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from parole_desktop.domain.codec import canonical_json

Value = Any  # a JSON value
State = dict[str, Value]


class _Deleted:
    """The marker for "this field was removed" in a revision's changes (JSON: {"$deleted": true})."""

    _instance: _Deleted | None = None

    def __new__(cls) -> _Deleted:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "DELETED"


DELETED = _Deleted()
_DELETED_JSON = {"$deleted": True}
MERGE_AUTHOR = ""  # a clean merge has no author and no time: every laptop makes the same one
#: the path of the case's deletion: a revision that deletes a case changes only this field, to ``True`` (a
#: tombstone, authored, signed and audited like any revision); a restore sets it back to DELETED
TOMBSTONE = "deleted"


def _to_json(v: Value) -> Value:
    return _DELETED_JSON if v is DELETED else v


def _from_json(v: Value) -> Value:
    return DELETED if v == _DELETED_JSON else v


@dataclass(frozen=True)
class Revision:
    parents: tuple[str, ...]
    changes: Mapping[str, Value]
    author: str = MERGE_AUTHOR
    at: str = ""
    audit: tuple[Mapping[str, Any], ...] = ()
    id: str = field(default="", compare=False)

    def body(self) -> dict[str, Any]:
        return {
            "parents": sorted(self.parents),
            "changes": {k: _to_json(v) for k, v in sorted(self.changes.items())},
            "author": self.author,
            "at": self.at,
            "audit": [dict(a) for a in self.audit],
        }

    def to_json(self) -> str:
        return canonical_json({**self.body(), "id": self.id})

    @classmethod
    def from_json(cls, raw: str | bytes) -> Revision:
        d = json.loads(raw)
        rev = make_revision(
            tuple(d["parents"]),
            {str(k): _from_json(v) for k, v in d["changes"].items()},
            author=str(d["author"]),
            at=str(d["at"]),
            audit=tuple(d.get("audit", ())),
        )
        if rev.id != d.get("id"):
            raise ValueError("the revision's id does not match its content")
        return rev


def make_revision(
    parents: Iterable[str],
    changes: Mapping[str, Value],
    *,
    author: str = MERGE_AUTHOR,
    at: str = "",
    audit: Iterable[Mapping[str, Any]] = (),
) -> Revision:
    """A revision whose id is the SHA-256 of its parents and content."""
    rev = Revision(tuple(sorted(set(parents))), dict(changes), author, at, tuple(audit))
    digest = hashlib.sha256(canonical_json(rev.body()).encode("utf-8")).hexdigest()
    return Revision(rev.parents, rev.changes, rev.author, rev.at, rev.audit, digest)


def diff(before: Mapping[str, Value], after: Mapping[str, Value]) -> dict[str, Value]:
    """The changes that turn ``before`` into ``after`` (removed fields as DELETED)."""
    out: dict[str, Value] = {k: v for k, v in after.items() if before.get(k, DELETED) != v}
    out.update({k: DELETED for k in before if k not in after})
    return out


def apply(state: Mapping[str, Value], changes: Mapping[str, Value]) -> State:
    out = dict(state)
    for k, v in changes.items():
        if v is DELETED:
            out.pop(k, None)
        else:
            out[k] = v
    return out


@dataclass(frozen=True)
class Conflict:
    """The same field changed differently on two sides since their common ancestor (absent = removed)."""

    path: str
    base: Value
    mine: Value
    theirs: Value


def _changed_besides_deletion(base: Mapping[str, Value], side: Mapping[str, Value]) -> bool:
    return any(side.get(p, DELETED) != base.get(p, DELETED) for p in set(base) | set(side) if p != TOMBSTONE)


def three_way(
    base: Mapping[str, Value], mine: Mapping[str, Value], theirs: Mapping[str, Value]
) -> tuple[State, list[Conflict]]:
    """Merge per field; a conflicting field keeps ``mine`` in the result and is listed.

    The case's deletion (:data:`TOMBSTONE`) on one side against any edit on the other since the base is a
    conflict on :data:`TOMBSTONE` (keep deleted / restore with the edit), never a deletion that silently
    swallows an edit; a deletion over a side that changed nothing since the base just deletes. When both
    sides deleted the case, the fields they edited differently before are not conflicts: nothing is left to
    settle."""
    merged: State = {}
    conflicts: list[Conflict] = []
    for path in sorted(set(base) | set(mine) | set(theirs)):
        b, m, t = base.get(path, DELETED), mine.get(path, DELETED), theirs.get(path, DELETED)
        if m == t:
            value = m
        elif m == b:
            value = t
        elif t == b:
            value = m
        else:
            conflicts.append(Conflict(path, b, m, t))
            value = m
        if value is not DELETED:
            merged[path] = value
    tb, tm, tt = base.get(TOMBSTONE, DELETED), mine.get(TOMBSTONE, DELETED), theirs.get(TOMBSTONE, DELETED)
    if tb is DELETED and tm != tt and (tm is DELETED or tt is DELETED):
        kept = theirs if tt is DELETED else mine  # the side that did not delete
        if _changed_besides_deletion(base, kept):
            conflicts.append(Conflict(TOMBSTONE, tb, tm, tt))
            if tm is DELETED:
                merged.pop(TOMBSTONE, None)
            else:
                merged[TOMBSTONE] = tm
    elif tm is not DELETED and tm == tt and merged.get(TOMBSTONE) is not None:
        conflicts = [c for c in conflicts if c.path == TOMBSTONE]
    return merged, conflicts


class RevisionError(ValueError):
    """A revision that cannot be taken as it is (its content, not its timing: those wait in pending)."""


class _Conflicted:
    """The value of a field in a virtual base where the ancestors themselves disagree: equal to nothing,
    so that two sides which settled such a field differently still conflict."""

    def __eq__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return "CONFLICTED"


class RevisionGraph:
    """All revisions of one case known to this laptop, and those waiting for their parents."""

    def __init__(self) -> None:
        self._revs: dict[str, Revision] = {}
        self._children: dict[str, set[str]] = {}
        self._pending: dict[str, Revision] = {}
        self._depth: dict[str, int] = {}
        self._anc: dict[str, frozenset[str]] = {}
        self._states: dict[str, State] = {}
        self.refused: dict[str, str] = {}  # revisions received but not taken, with why (kept, shown)

    # ---------------------------------------------------------------- receiving
    def __contains__(self, rev_id: object) -> bool:
        return rev_id in self._revs

    def __len__(self) -> int:
        return len(self._revs)

    @property
    def pending(self) -> list[Revision]:
        """Received revisions waiting for a parent (kept, never dropped)."""
        return sorted(self._pending.values(), key=lambda r: r.id)

    def missing_parents(self) -> set[str]:
        return {p for r in self._pending.values() for p in r.parents if p not in self._revs} - set(
            self._pending
        )

    def add(self, rev: Revision) -> list[str]:
        """Take a revision (and any waiting revisions it completes); returns the ids newly taken. A
        revision seen before changes nothing; one whose id does not match its content raises
        RevisionError; one that cannot be taken once its parents are here (a merge that leaves a
        conflict unsettled) goes to ``refused`` with the reason."""
        if (
            make_revision(rev.parents, rev.changes, author=rev.author, at=rev.at, audit=rev.audit).id
            != rev.id
        ):
            raise RevisionError("the revision's id does not match its content")
        if rev.id in self._revs or rev.id in self._pending or rev.id in self.refused:
            return []
        self._pending[rev.id] = rev
        taken: list[str] = []
        progress = True
        while progress:
            progress = False
            for rid, r in sorted(self._pending.items()):
                if all(p in self._revs for p in r.parents):
                    del self._pending[rid]
                    try:
                        self._take(r)
                    except RevisionError as exc:
                        self.refused[rid] = str(exc)
                        continue
                    taken.append(rid)
                    progress = True
        return taken

    def _take(self, rev: Revision) -> None:
        if rev.author == MERGE_AUTHOR and (len(rev.parents) < 2 or rev.changes):
            raise RevisionError(
                "a revision without an author can only join two or more heads, changing nothing"
            )
        state = self._merged_parents(rev)
        self._revs[rev.id] = rev
        self._children.setdefault(rev.id, set())
        for p in rev.parents:
            self._children[p].add(rev.id)
        self._depth[rev.id] = 1 + max((self._depth[p] for p in rev.parents), default=0)
        self._anc[rev.id] = frozenset({rev.id}).union(*(self._anc[p] for p in rev.parents))
        self._states[rev.id] = apply(state, rev.changes)

    # ---------------------------------------------------------------- reading
    def get(self, rev_id: str) -> Revision:
        return self._revs[rev_id]

    def revisions(self) -> list[Revision]:
        """Every taken revision, parents before children (deterministic order)."""
        return sorted(self._revs.values(), key=lambda r: (self._depth[r.id], r.id))

    def heads(self) -> list[str]:
        return sorted(r for r, kids in self._children.items() if not kids)

    def state(self, rev_id: str) -> State:
        return dict(self._states[rev_id])

    def ancestors(self, rev_id: str) -> frozenset[str]:
        """``rev_id`` and every revision before it."""
        return self._anc[rev_id]

    def _virtual_base(self, anc_a: frozenset[str], anc_b: frozenset[str]) -> State:
        """What two lines are compared against: their one nearest common ancestor, or, when there are
        several (criss-cross merges), the merge of those, with the fields they disagree on CONFLICTED —
        so a field two people settled differently is never taken silently from one of them."""
        common = anc_a & anc_b
        if not common:
            return {}
        below = set().union(*(self._anc[c] - {c} for c in common))
        nearest = sorted(common - below)
        if len(nearest) == 1:
            return self._states[nearest[0]]
        state, conflicts, _ = self._fold(nearest)
        for c in conflicts:
            state[c.path] = _Conflicted()
        return state

    def _fold(self, heads: list[str]) -> tuple[State, list[Conflict], frozenset[str]]:
        """The three-way merge of ``heads`` in the given order, its conflicts and its ancestors."""
        state = dict(self._states[heads[0]])
        anc = self._anc[heads[0]]
        conflicts: list[Conflict] = []
        for h in heads[1:]:
            base = self._virtual_base(anc, self._anc[h])
            state, found = three_way(base, state, self._states[h])
            conflicts.extend(found)
            anc = anc | self._anc[h]
        return state, conflicts, anc

    def _merged_parents(self, rev: Revision) -> State:
        if not rev.parents:
            return {}
        state, conflicts, _ = self._fold(sorted(rev.parents))
        unresolved = [c.path for c in conflicts if c.path not in rev.changes]
        if unresolved:
            raise RevisionError(
                "a revision over conflicting heads must settle every conflicting field "
                f"(not settled: {', '.join(unresolved[:5])})"
            )
        return state

    def conflicts(self) -> list[Conflict]:
        """The open conflicts between the current heads (empty when there is one head or they merge)."""
        heads = self.heads()
        if len(heads) < 2:
            return []
        return self._fold(heads)[1]

    def is_deleted(self) -> bool:
        """Whether the case is deleted as it reads now (a tombstone, and no open conflict about it)."""
        return self.current().get(TOMBSTONE) is not None and not any(
            c.path == TOMBSTONE for c in self.conflicts()
        )

    def current(self) -> State:
        """The content as it reads now: the merge of all heads (a conflicting field as on the first head
        in id order, until a person settles it)."""
        heads = self.heads()
        if not heads:
            return {}
        return self._fold(heads)[0]

    # ---------------------------------------------------------------- writing
    def commit(
        self,
        changes: Mapping[str, Value],
        *,
        author: str,
        at: str,
        audit: Iterable[Mapping[str, Any]] = (),
    ) -> Revision | None:
        """A local edit on top of the current content (None when it changes nothing). Refused while a
        conflict is open (settle it first); several heads that merge cleanly become its parents."""
        if not author:
            raise RevisionError("a local edit needs its author")
        if self.conflicts():
            raise RevisionError("this case has an open conflict: settle it before editing")
        before = self.current()
        real = {k: v for k, v in changes.items() if before.get(k, DELETED) != v}
        if not real:
            return None
        rev = make_revision(self.heads(), real, author=author, at=at, audit=audit)
        self.add(rev)
        return rev

    def merge_heads(self) -> Revision | None:
        """Join heads that merge cleanly with the one deterministic merge revision (None when there is one
        head, or when a conflict needs a person)."""
        heads = self.heads()
        if len(heads) < 2 or self.conflicts():
            return None
        rev = make_revision(heads, {})
        self.add(rev)
        return rev

    def resolve(
        self,
        choices: Mapping[str, Value],
        *,
        author: str,
        at: str,
        audit: Iterable[Mapping[str, Any]] = (),
    ) -> Revision:
        """Settle every open conflict with the value a person chose (DELETED to keep a field removed)."""
        if not author:
            raise RevisionError("a person settles a conflict: name the author")
        open_paths = {c.path for c in self.conflicts()}
        if not open_paths:
            raise RevisionError("there is no open conflict to settle")
        missing = sorted(open_paths - set(choices))
        if missing:
            raise RevisionError(f"choose a value for every conflicting field (missing: {', '.join(missing)})")
        rev = make_revision(self.heads(), dict(choices), author=author, at=at, audit=audit)
        self.add(rev)
        if rev.id in self.refused:
            raise RevisionError(self.refused.pop(rev.id))
        return rev


__all__ = [
    "DELETED",
    "MERGE_AUTHOR",
    "TOMBSTONE",
    "Conflict",
    "Revision",
    "RevisionError",
    "RevisionGraph",
    "State",
    "apply",
    "diff",
    "make_revision",
    "three_way",
]
