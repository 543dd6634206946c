"""A case as the flat field map its revision graph works on, and back (issue #23 item 3).

Paths (values are the case JSON's plain values; a field at its default value is absent):

* ``case.<field>`` — the request's own fields (``case.statement``, ``case.status``, ``case.notes``),
  ``case.background.<field>`` and ``case.outcome.<field>`` one by one;
* ``case.family_group`` — the membership: ``{"uid", "name", "notes"}`` of the family group the case is
  filed with (absent when none), one value, so a member moved into two different groups on two laptops
  is a conflict rather than two silent moves;
* ``person.<uid>.<field>`` — each person, by their stable uid; ``person.<uid>.role`` is always present
  (a person exists while it is), ``person.<uid>.position`` is their place in the case's list;
* ``evidence.<key>.<field>`` — each of the case's own evidence items, ``<key>`` its SHA-256 (``sha~2``,
  ``sha~3`` for further items with the same bytes, in the order they were added); ``kind`` is always
  present, ``translation_of`` names the original's key. The bytes travel apart, by content hash.

Vault-local things are not in the map: row ids, ``linked_case_id`` (the portable ``linked_case_uid`` is),
the attachment id, ``created_at``/``updated_at``. :func:`case_from_map` is the inverse: ``case_to_map(
case_from_map(m).case, …) == m`` for every map this module produces (tests/exchange/test_casemap.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from parole_desktop.domain import codec
from parole_desktop.domain.models import Case, Evidence
from parole_desktop.exchange.revisions import TOMBSTONE

State = dict[str, Any]

GROUP_PATH = "case.family_group"
_CASE_NOT_MAPPED = frozenset(
    {
        "id",
        "family_group_id",
        "created_at",
        "updated_at",
        "people",
        "evidence",
        "background",
        "outcome",
        "uid",
    }
)
_PERSON_NOT_MAPPED = frozenset({"id", "case_id", "uid", "linked_case_id"})
_EVIDENCE_NOT_MAPPED = frozenset({"id", "case_id", "attachment_id", "translation_of"})
POSITION = "position"


class CaseMapError(ValueError):
    """A field map that does not describe a case (a person without a role, an unknown path)."""


@dataclass
class CaseContent:
    """What a field map says: the case (people with their uids, evidence without row ids), its family
    group, and for each evidence item (in ``case.evidence`` order) its key and its original's key."""

    case: Case
    group: dict[str, str] | None = None
    evidence_keys: list[str] = field(default_factory=list)
    translation_of: dict[str, str] = field(default_factory=dict)  # evidence key -> the original's key


def evidence_keys(evidence: list[Evidence]) -> list[str]:
    """The map key of each item: its SHA-256, ``~n`` for the n-th item with the same bytes."""
    seen: dict[str, int] = {}
    keys = []
    for e in evidence:
        n = seen[e.sha256] = seen.get(e.sha256, 0) + 1
        keys.append(e.sha256 if n == 1 else f"{e.sha256}~{n}")
    return keys


def case_to_map(case: Case, *, group: Mapping[str, str] | None = None) -> State:
    """The case's field map. ``case.evidence`` should hold the case's own items only (shared items of
    its family group belong to the case that owns them)."""
    out: State = {}
    for k, v in codec.compact_dict(case, _CASE_NOT_MAPPED).items():
        out[f"case.{k}"] = v
    for part in ("background", "outcome"):
        for k, v in codec.compact_dict(getattr(case, part)).items():
            out[f"case.{part}.{k}"] = v
    if group:
        out[GROUP_PATH] = {
            "uid": group.get("uid", ""),
            "name": group.get("name", ""),
            "notes": group.get("notes", ""),
        }
    for i, p in enumerate(case.people):
        if not p.uid:
            raise CaseMapError("every person needs a uid before the case is mapped (save the case first)")
        prefix = f"person.{p.uid}."
        for k, v in codec.compact_dict(p, _PERSON_NOT_MAPPED).items():
            out[prefix + k] = v
        out[prefix + "role"] = str(p.role)
        out[prefix + POSITION] = i
    keys = evidence_keys(case.evidence)
    by_id = {e.id: key for e, key in zip(case.evidence, keys, strict=True) if e.id is not None}
    for i, (e, key) in enumerate(zip(case.evidence, keys, strict=True)):
        prefix = f"evidence.{key}."
        for k, v in codec.compact_dict(e, _EVIDENCE_NOT_MAPPED).items():
            out[prefix + k] = v
        out[prefix + "kind"] = e.kind
        out[prefix + "sha256"] = e.sha256
        out[prefix + POSITION] = i
        if e.translation_of is not None and e.translation_of in by_id:
            out[prefix + "translation_of"] = by_id[e.translation_of]
    return out


def _split(path: str) -> tuple[str, str, str]:
    head, _, rest = path.partition(".")
    if head == "case":
        return head, "", rest
    uid, _, name = rest.partition(".")
    if head not in ("person", "evidence") or not uid or not name:
        raise CaseMapError(f"not a case field path: {path!r}")
    return head, uid, name


def case_from_map(state: Mapping[str, Any]) -> CaseContent:
    """The case a field map describes (no row ids; people keep their uids)."""
    case_d: dict[str, Any] = {"background": {}, "outcome": {}}
    people: dict[str, dict[str, Any]] = {}
    evidence: dict[str, dict[str, Any]] = {}
    group: dict[str, str] | None = None
    for path, value in state.items():
        if path == TOMBSTONE:  # the case's deletion is not a field of the case (``revisions.TOMBSTONE``)
            continue
        head, uid, name = _split(path)
        if head == "case":
            if path == GROUP_PATH:
                group = {k: str(v) for k, v in dict(value).items()}
            elif name.startswith(("background.", "outcome.")):
                part, _, sub = name.partition(".")
                case_d[part][sub] = value
            else:
                case_d[name] = value
        elif head == "person":
            people.setdefault(uid, {})[name] = value
        else:
            evidence.setdefault(uid, {})[name] = value
    case = codec.case_from_dict(case_d)
    for uid, d in sorted(people.items(), key=lambda kv: (kv[1].get(POSITION, 0), kv[0])):
        if "role" not in d:
            raise CaseMapError(f"person {uid} has fields but no role")
        d = {k: v for k, v in d.items() if k != POSITION}
        p = codec.person_from_dict(d)
        p.uid = uid
        case.people.append(p)
    content = CaseContent(case, group)
    for key, d in sorted(evidence.items(), key=lambda kv: (kv[1].get(POSITION, 0), kv[0])):
        if "kind" not in d:
            raise CaseMapError(f"evidence {key} has fields but no kind")
        original = d.get("translation_of")
        d = {k: v for k, v in d.items() if k not in (POSITION, "translation_of", "added_at")}
        ev = codec.evidence_from_dict(d)
        added_at = evidence[key].get("added_at")
        ev.added_at = dt.datetime.fromisoformat(added_at) if added_at else None
        case.evidence.append(ev)
        content.evidence_keys.append(key)
        if original:
            content.translation_of[key] = str(original)
    return content


def evidence_shas(state: Mapping[str, Any]) -> set[str]:
    """The SHA-256 of every evidence file a field map names (the files a revision needs)."""
    return {str(v) for k, v in state.items() if k.startswith("evidence.") and k.endswith(".sha256") and v}


__all__ = [
    "GROUP_PATH",
    "CaseContent",
    "CaseMapError",
    "case_from_map",
    "case_to_map",
    "evidence_keys",
    "evidence_shas",
]
