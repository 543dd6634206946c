"""Removed items (schema step 0007_removed_items): what a volunteer took out of a case, kept to be put back.

A removed evidence item keeps its encrypted file (and its probe output) until the case is signed off or
deleted, so Undo — or, later, the case's list of removed items — restores exactly what was there, file
included. People, family-group memberships and outcomes are part of the case record; their rows here hold
what they were, for the same purpose. Everything stays inside the encrypted database.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from parole_desktop.errors import UserError
from parole_desktop.l10n import _
from parole_desktop.store.vault import Vault

KINDS = ("person", "evidence", "group_member", "outcome")


@dataclass(frozen=True)
class RemovedItem:
    id: int
    case_id: int
    kind: str
    label: str
    data: dict[str, Any]
    attachment_id: str
    sha256: str
    removed_at: dt.datetime
    actor: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def keep(
    vault: Vault,
    case_id: int,
    kind: str,
    label: str,
    data: dict[str, Any],
    *,
    actor: str,
    attachment_id: str = "",
    sha256: str = "",
) -> int:
    """Record a removal (call inside the transaction that removes the item). Returns its id."""
    if kind not in KINDS:
        raise ValueError(f"unknown removed-item kind {kind!r}")
    rid = (
        vault.db.table("removed_items")
        .insert(
            {
                "case_id": case_id,
                "kind": kind,
                "label": label,
                "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
                "attachment_id": attachment_id,
                "sha256": sha256,
                "removed_at": _now(),
                "actor": actor,
            }
        )
        .last_pk
    )
    vault.audit.append(actor, "remove", kind, case_id, f"removed_item={rid}")
    return int(rid or 0)


_SELECT = "SELECT id, case_id, kind, label, data, attachment_id, sha256, removed_at, actor FROM removed_items"


def _item(r: tuple[Any, ...]) -> RemovedItem:
    return RemovedItem(
        int(r[0]),
        int(r[1]),
        str(r[2]),
        str(r[3] or ""),
        json.loads(r[4]),
        str(r[5] or ""),
        str(r[6] or ""),
        dt.datetime.fromisoformat(str(r[7])),
        str(r[8] or ""),
    )


def for_case(vault: Vault, case_id: int) -> list[RemovedItem]:
    """Newest first."""
    return [_item(r) for r in vault.db.execute(f"{_SELECT} WHERE case_id = ? ORDER BY id DESC", [case_id])]


def get(vault: Vault, removed_id: int) -> RemovedItem:
    r = vault.db.execute(f"{_SELECT} WHERE id = ?", [removed_id]).fetchone()
    if not r:
        raise UserError(
            _(
                "There is no removed item {removed_id} (it was put back, or the case was signed off since)."
            ).format(removed_id=removed_id)
        )
    return _item(r)


def forget(vault: Vault, removed_id: int, *, actor: str, action: str = "restore") -> None:
    """Drop the record (call inside the transaction that puts the item back)."""
    item = get(vault, removed_id)
    vault.db.execute("DELETE FROM removed_items WHERE id = ?", [removed_id])
    vault.audit.append(actor, action, item.kind, item.case_id, f"removed_item={removed_id}")


def attachment_ids(vault: Vault) -> set[str]:
    """Files kept for removed evidence (never orphans; re-encrypted by a key rotation like the rest)."""
    return {
        str(r[0])
        for r in vault.db.execute("SELECT attachment_id FROM removed_items WHERE attachment_id != ''")
    }


def purge_case(vault: Vault, case_id: int, *, actor: str) -> int:
    """Forget everything removed from a case, deleting kept files no evidence uses (at sign-off, and when
    the case is deleted). Returns how many items were dropped."""
    with vault.atomic():
        rows = vault.db.execute(
            "SELECT attachment_id FROM removed_items WHERE case_id = ?", [case_id]
        ).fetchall()
        if not rows:
            return 0
        vault.db.execute("DELETE FROM removed_items WHERE case_id = ?", [case_id])
        vault.audit.append(actor, "purge", "removed_items", case_id, f"n={len(rows)}")
    for (aid,) in rows:
        if not aid:
            continue
        used = vault.db.execute("SELECT 1 FROM evidence WHERE attachment_id = ? LIMIT 1", [aid]).fetchone()
        kept = vault.db.execute(
            "SELECT 1 FROM removed_items WHERE attachment_id = ? LIMIT 1", [aid]
        ).fetchone()
        if not used and not kept:
            vault.attachments.delete(aid)
    return len(rows)
