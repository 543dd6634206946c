"""Evidence rows in the vault; their content lives encrypted in the attachment store."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from parole_desktop.domain import codec
from parole_desktop.domain.models import Evidence
from parole_desktop.errors import UserError
from parole_desktop.l10n import _
from parole_desktop.store import removed
from parole_desktop.store.attachments import StoredFile
from parole_desktop.store.vault import Vault

# Kept in their own columns; the JSON ``data`` column holds only the other, non-default fields.
_IN_COLUMNS = (
    "kind",
    "title",
    "language",
    "translation_of",
    "sha256",
    "size",
    "original_filename",
    "media_type",
    "shared_with_group",
    "added_by",
)


def _row(ev: Evidence) -> dict[str, Any]:
    data = codec.strip_defaults(codec.evidence_to_dict(ev), Evidence)
    for key in ("ref", *_IN_COLUMNS):
        data.pop(key, None)
    return {
        "kind": ev.kind,
        "title": ev.title,
        "language": ev.language,
        "translation_of": ev.translation_of,
        "sha256": ev.sha256,
        "size": ev.size,
        "original_filename": ev.original_filename,
        "media_type": ev.media_type,
        "attachment_id": ev.attachment_id,
        "shared_with_group": int(ev.shared_with_group),
        "added_at": ev.added_at.isoformat(timespec="seconds") if ev.added_at else None,
        "added_by": ev.added_by,
        "data": json.dumps(data, ensure_ascii=False) if data else "{}",
    }


def _from_row(r: tuple[Any, ...]) -> Evidence:
    eid, case_id, attachment_id, added_at, data, *columns = r
    merged = json.loads(data)
    merged.update(zip(_IN_COLUMNS, columns, strict=True))
    merged["shared_with_group"] = bool(merged["shared_with_group"])
    ev = codec.evidence_from_dict(merged)
    ev.id, ev.case_id, ev.attachment_id = int(eid), int(case_id), attachment_id
    ev.added_at = dt.datetime.fromisoformat(added_at) if added_at else None
    return ev


_SELECT = f"SELECT id, case_id, attachment_id, added_at, data, {', '.join(_IN_COLUMNS)} FROM evidence"


def insert_evidence(vault: Vault, case_id: int, ev: Evidence, stored: StoredFile, *, actor: str) -> Evidence:
    """Record an already-stored attachment as evidence of ``case_id``."""
    ev.case_id = case_id
    ev.sha256, ev.size, ev.attachment_id = stored.sha256, stored.size, stored.attachment_id
    ev.added_at = ev.added_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    ev.added_by = ev.added_by or actor
    with vault.atomic():
        if not vault.db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone():
            raise UserError(_("There is no case {case_id}.").format(case_id=case_id))
        if ev.translation_of is not None:
            _check_original(vault, case_id, ev.translation_of)
        row = _row(ev)
        row["case_id"] = case_id
        ev.id = int(vault.db.table("evidence").insert(row).last_pk or 0)
        vault.audit.append(actor, "attach", "evidence", ev.id, f"case={case_id}")
        vault.db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [_now(), case_id])
    return ev


def _check_original(vault: Vault, case_id: int, original_id: int) -> None:
    row = vault.db.execute("SELECT case_id FROM evidence WHERE id = ?", [original_id]).fetchone()
    if not row:
        raise UserError(
            _("There is no evidence item {original_id} to translate.").format(original_id=original_id)
        )


def update_evidence(vault: Vault, ev: Evidence, *, actor: str) -> None:
    """Update what an evidence item is (title, language, translator ...); its content never changes."""
    if ev.id is None:
        raise UserError(_("This evidence item is not stored yet."))
    current = get_evidence(vault, ev.id)
    ev.sha256, ev.size, ev.attachment_id = current.sha256, current.size, current.attachment_id
    ev.case_id = current.case_id
    if ev.translation_of is not None:
        if ev.translation_of == ev.id:
            raise UserError(_("An evidence item cannot be its own translation."))
        _check_original(vault, int(current.case_id or 0), ev.translation_of)
    with vault.atomic():
        vault.db.table("evidence").update(ev.id, _row(ev))
        vault.audit.append(actor, "update", "evidence", ev.id)
        vault.db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [_now(), current.case_id])


def get_evidence(vault: Vault, evidence_id: int) -> Evidence:
    r = vault.db.execute(f"{_SELECT} WHERE id = ?", [evidence_id]).fetchone()
    if not r:
        raise UserError(_("There is no evidence item {evidence_id}.").format(evidence_id=evidence_id))
    return _from_row(r)


def delete_evidence(vault: Vault, evidence_id: int, *, actor: str) -> int:
    """Take an evidence item out of its case. Its encrypted file is kept, with what the row said and which
    translations pointed to it, as a removed item (``store/removed.py``) until the case is signed off or
    deleted: :func:`restore_evidence` puts it back exactly. Returns the removed item's id."""
    ev = get_evidence(vault, evidence_id)
    with vault.atomic():
        row = vault.db.execute("SELECT * FROM evidence WHERE id = ?", [evidence_id]).fetchone()
        cols = [d[0] for d in vault.db.execute("SELECT * FROM evidence LIMIT 0").description]
        translations = [
            int(r[0])
            for r in vault.db.execute("SELECT id FROM evidence WHERE translation_of = ?", [evidence_id])
        ]
        vault.db.execute("UPDATE evidence SET translation_of = NULL WHERE translation_of = ?", [evidence_id])
        vault.db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
        vault.audit.append(actor, "delete", "evidence", evidence_id, f"case={ev.case_id}")
        vault.db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [_now(), ev.case_id])
        rid = removed.keep(
            vault,
            int(ev.case_id or 0),
            "evidence",
            ev.title or ev.original_filename or ev.kind,
            {"row": dict(zip(cols, row, strict=True)), "translations": translations},
            actor=actor,
            attachment_id=ev.attachment_id,
            sha256=ev.sha256,
        )
    return rid


def restore_evidence(vault: Vault, removed_id: int, *, actor: str) -> Evidence:
    """Put a removed evidence item back in its case: the same row (its old id when still free), its file,
    and the translations that pointed to it (those still in the case)."""
    item = removed.get(vault, removed_id)
    if item.kind != "evidence":
        raise UserError(_("Removed item {removed_id} is not an evidence item.").format(removed_id=removed_id))
    if not vault.attachments.exists(item.attachment_id):
        raise UserError(_("The removed item's file is no longer in the vault; it cannot be put back."))
    row = dict(item.data["row"])
    with vault.atomic():
        if not vault.db.execute("SELECT 1 FROM cases WHERE id = ?", [item.case_id]).fetchone():
            raise UserError(
                _("The case {case_id} this item was removed from no longer exists.").format(
                    case_id=item.case_id
                )
            )
        if vault.db.execute("SELECT 1 FROM evidence WHERE id = ?", [row["id"]]).fetchone():
            row.pop("id")
        original = row.get("translation_of")
        if (
            original is not None
            and not vault.db.execute(
                "SELECT 1 FROM evidence WHERE id = ? AND case_id = ?", [original, item.case_id]
            ).fetchone()
        ):
            row["translation_of"] = None  # its original was removed meanwhile
        eid = int(vault.db.table("evidence").insert(row).last_pk or 0)
        for tid in item.data.get("translations", []):
            vault.db.execute(
                "UPDATE evidence SET translation_of = ? WHERE id = ? AND case_id = ? AND translation_of IS NULL",
                [eid, tid, item.case_id],
            )
        vault.db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [_now(), item.case_id])
        vault.audit.append(actor, "attach", "evidence", eid, f"case={item.case_id} restored")
        removed.forget(vault, removed_id, actor=actor)
    return get_evidence(vault, eid)


def load_evidence_for_case(vault: Vault, case_id: int, family_group_id: int | None) -> list[Evidence]:
    """The case's own evidence plus items its family group shares."""
    if family_group_id is None:
        rows = vault.db.execute(f"{_SELECT} WHERE case_id = ? ORDER BY id", [case_id])
    else:
        rows = vault.db.execute(
            f"{_SELECT} WHERE case_id = ? OR (shared_with_group = 1 AND case_id IN "
            "(SELECT id FROM cases WHERE family_group_id = ?)) ORDER BY id",
            [case_id, family_group_id],
        )
    return [_from_row(r) for r in rows]


def all_evidence_hashes(vault: Vault) -> list[tuple[int, str, str]]:
    return [(r[0], r[1], r[2]) for r in vault.db.execute("SELECT id, attachment_id, sha256 FROM evidence")]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
