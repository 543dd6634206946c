"""Rows of the review side: reviewer profiles, sign-offs, recorded checks, imported rules packs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from parole_desktop.domain.models import SignOff
from parole_desktop.store.vault import Vault


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# ---------------------------------------------------------------------------- reviewers
def reviewer_name_taken(vault: Vault, name: str) -> bool:
    return vault.db.execute("SELECT 1 FROM reviewers WHERE name = ?", [name]).fetchone() is not None


def insert_reviewer(vault: Vault, row: dict[str, Any], *, actor: str) -> int:
    with vault.atomic():
        rid = int(vault.db.table("reviewers").insert(row).last_pk or 0)
        vault.audit.append(actor, "create", "reviewer", rid)
    return rid


def update_reviewer(
    vault: Vault, reviewer_id: int, fields: dict[str, Any], *, actor: str, action: str
) -> None:
    with vault.atomic():
        vault.db.table("reviewers").update(reviewer_id, fields)
        vault.audit.append(actor, action, "reviewer", reviewer_id)


def reviewer_rows(
    vault: Vault, where: str | None = None, args: list[Any] | None = None
) -> list[dict[str, Any]]:
    return list(vault.db.table("reviewers").rows_where(where, args or [], order_by="name"))


# ---------------------------------------------------------------------------- sign-offs
def record_signoffs(vault: Vault, signoffs: list[SignOff], *, actor: str, signed_status: str) -> None:
    """Store new sign-offs (voiding any earlier open one of the same case) and mark the cases signed off."""
    with vault.atomic():
        for so in signoffs:
            at = so.signed_at.isoformat()
            vault.db.execute(
                "UPDATE signoffs SET voided_at = ?, void_reason = ? WHERE case_id = ? AND voided_at IS NULL",
                [at, "replaced by a new sign-off", so.case_id],
            )
            so.id = int(
                vault.db.table("signoffs")
                .insert(
                    {
                        "case_id": so.case_id,
                        "reviewer_id": so.reviewer_id,
                        "signed_at": at,
                        "pack_id": so.pack_id,
                        "pack_version": so.pack_version,
                        "content_hash": so.content_hash,
                        "manifest_json": so.manifest_json,
                        "signature": so.signature,
                    }
                )
                .last_pk
                or 0
            )
            vault.db.execute("UPDATE cases SET status = ? WHERE id = ?", [signed_status, so.case_id])
            vault.audit.append(actor, "sign_off", "case", so.case_id, f"pack={so.pack_id}@{so.pack_version}")


def latest_signoff(vault: Vault, case_id: int) -> SignOff | None:
    row = vault.db.execute(
        "SELECT id, case_id, reviewer_id, signed_at, pack_id, pack_version, content_hash, manifest_json, "
        "signature, voided_at, void_reason FROM signoffs WHERE case_id = ? ORDER BY id DESC LIMIT 1",
        [case_id],
    ).fetchone()
    if not row:
        return None
    return SignOff(
        id=row[0],
        case_id=row[1],
        reviewer_id=row[2],
        signed_at=dt.datetime.fromisoformat(row[3]),
        pack_id=row[4],
        pack_version=row[5],
        content_hash=row[6],
        manifest_json=row[7],
        signature=bytes(row[8]),
        voided_at=dt.datetime.fromisoformat(row[9]) if row[9] else None,
        void_reason=row[10] or "",
    )


def void_signoff(vault: Vault, so: SignOff, reason: str, *, actor: str, fallback_status: str | None) -> None:
    with vault.atomic():
        vault.db.execute(
            "UPDATE signoffs SET voided_at = ?, void_reason = ? WHERE id = ?", [_now(), reason, so.id]
        )
        if fallback_status is not None:
            vault.db.execute("UPDATE cases SET status = ? WHERE id = ?", [fallback_status, so.case_id])
        vault.audit.append(actor, "void_sign_off", "case", so.case_id, reason)


# ---------------------------------------------------------------------------- checks and packs
def store_check(
    vault: Vault,
    case_id: int,
    *,
    summary: str,
    fails: int,
    status: str,
    record: dict[str, Any] | None,
    actor: str,
) -> None:
    """Refresh a case's readiness columns; with ``record``, also keep which pack the check used."""
    with vault.atomic():
        vault.db.execute(
            "UPDATE cases SET readiness = ?, fails = ?, status = ? WHERE id = ?",
            [summary, fails, status, case_id],
        )
        if record is not None:
            vault.db.table("checks").insert({"case_id": case_id, "at": _now(), **record})
            vault.audit.append(
                actor, "check", "case", case_id, f"pack={record['pack_id']}@{record['pack_version']}"
            )


def store_pack(vault: Vault, pack_id: str, version: str, as_of: str, envelope: str, *, actor: str) -> None:
    with vault.atomic():
        vault.db.table("packs").insert(
            {
                "pack_id": pack_id,
                "version": version,
                "as_of": as_of,
                "imported_at": _now(),
                "envelope": envelope,
            },
            replace=True,
        )
        vault.audit.append(actor, "import", "rules_pack", f"{pack_id}@{version}")


def newest_pack_envelope(vault: Vault, pack_id: str) -> str | None:
    row = vault.db.execute(
        "SELECT envelope FROM packs WHERE pack_id = ? ORDER BY as_of DESC, id DESC LIMIT 1", [pack_id]
    ).fetchone()
    return str(row[0]) if row else None


def pack_envelopes(vault: Vault) -> list[tuple[str, str, str]]:
    """(pack id, version, envelope) of every imported pack, in the order they were imported."""
    return [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in vault.db.execute("SELECT pack_id, version, envelope FROM packs ORDER BY id").fetchall()
    ]


def pack_envelope(vault: Vault, pack_id: str, version: str) -> str | None:
    row = vault.db.execute(
        "SELECT envelope FROM packs WHERE pack_id = ? AND version = ?", [pack_id, version]
    ).fetchone()
    return str(row[0]) if row else None
