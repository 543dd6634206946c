"""Cases and people in the vault: save, load, delete, list, search (FTS5 over the normalised names)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from parole_desktop.domain import codec
from parole_desktop.domain.models import Case, CaseSummary, FamilyGroup
from parole_desktop.domain.search_text import normalise, query_tokens
from parole_desktop.errors import UserError
from parole_desktop.store.evidence import load_evidence_for_case
from parole_desktop.store.vault import Vault

SORT_COLUMNS = {
    "id": "cases.id",
    "beneficiary": "cases.beneficiary COLLATE NOCASE",
    "country": "cases.country COLLATE NOCASE",
    "reason": "cases.reason",
    "channel": "cases.channel",
    "status": "cases.status",
    "key_date": "cases.key_date",
    "readiness": "cases.fails",
    "updated_at": "cases.updated_at",
    "family": "coalesce(cases.family_group_id, 0), cases.id",
}


@dataclass
class CaseFilter:
    """What the case list shows: a search text and optional filters."""

    search: str = ""
    status: str | None = None
    reason: str | None = None
    channel: str | None = None
    key_date_within_days: int | None = None
    not_ready: bool = False
    family_group_id: int | None = None
    today: dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _search_text(case: Case) -> str:
    parts: list[str] = []
    for p in case.people:
        parts += [p.given_name, p.family_name, p.other_names]
    b = case.beneficiary
    if b:
        parts += [b.passport_number]
    return normalise(" ".join(x for x in parts if x))


def _case_row(case: Case, readiness: str, fails: int) -> dict[str, Any]:
    data = codec.case_to_dict(case)
    for k in ("people", "evidence", "format", "format_version"):
        data.pop(k, None)
    b = case.beneficiary
    return {
        "channel": str(case.channel),
        "status": str(case.status),
        "family_group_id": case.family_group_id,
        "reason": str(case.reason) if case.reason else "",
        "key_date": case.key_date.isoformat() if case.key_date else None,
        "beneficiary": case.beneficiary_name,
        "beneficiary_dob": b.date_of_birth.isoformat() if b and b.date_of_birth else None,
        "country": (b.citizenship if b else "") or "",
        "readiness": readiness,
        "fails": fails,
        "parole_expiry": case.outcome.parole_expiry.isoformat() if case.outcome.parole_expiry else None,
        "search_text": _search_text(case),
        "data": json.dumps(data, ensure_ascii=False),
    }


def save_case(vault: Vault, case: Case, *, actor: str, readiness: str = "", fails: int = 0) -> Case:
    """Insert or update a case and its people in one transaction; evidence rows are kept as they are."""
    row = _case_row(case, readiness, fails)
    now = _now()
    with vault.atomic():
        if case.id is None:
            row["created_at"] = row["updated_at"] = now
            case.id = int(vault.db["cases"].insert(row).last_pk)
            action = "create"
        else:
            if not vault.db.execute("SELECT 1 FROM cases WHERE id = ?", [case.id]).fetchone():
                raise UserError(f"Case {case.id} does not exist.")
            row["updated_at"] = now
            vault.db["cases"].update(case.id, row)
            action = "update"
        vault.db.execute("DELETE FROM people WHERE case_id = ?", [case.id])
        for person in case.people:
            person.case_id = case.id
            pdata = codec.person_to_dict(person)
            pk = vault.db["people"].insert(
                {
                    "id": person.id,
                    "case_id": case.id,
                    "role": str(person.role),
                    "given_name": person.given_name,
                    "family_name": person.family_name,
                    "data": json.dumps(pdata, ensure_ascii=False),
                }
            ).last_pk
            person.id = int(pk)
        vault.audit.append(actor, action, "case", case.id)
    case.updated_at = dt.datetime.fromisoformat(now)
    return case


def update_case_columns(vault: Vault, case_id: int, *, actor: str, audit: str = "", **columns: Any) -> None:
    """Set list columns (status, readiness, fails, ...) without rewriting the case."""
    with vault.atomic():
        vault.db["cases"].update(case_id, {**columns, "updated_at": _now()})
        if audit:
            vault.audit.append(actor, audit, "case", case_id, ",".join(sorted(columns)))


def load_case(vault: Vault, case_id: int) -> Case:
    row = vault.db.execute(
        "SELECT id, data, status, family_group_id, created_at, updated_at FROM cases WHERE id = ?", [case_id]
    ).fetchone()
    if not row:
        raise UserError(f"There is no case {case_id}.")
    data = json.loads(row[1])
    data["status"] = row[2]
    case = codec.case_from_dict(data)
    case.id = int(row[0])
    case.family_group_id = row[3]
    case.created_at = dt.datetime.fromisoformat(row[4]) if row[4] else None
    case.updated_at = dt.datetime.fromisoformat(row[5]) if row[5] else None
    for pid, pdata in vault.db.execute("SELECT id, data FROM people WHERE case_id = ? ORDER BY id", [case_id]):
        person = codec.person_from_dict(json.loads(pdata))
        person.id, person.case_id = int(pid), case.id
        case.people.append(person)
    case.evidence = load_evidence_for_case(vault, case.id, case.family_group_id)
    return case


def delete_case(vault: Vault, case_id: int, *, actor: str) -> list[str]:
    """Delete a case with its people, checks, sign-offs and own evidence; returns attachment ids to remove."""
    with vault.atomic():
        ids = [r[0] for r in vault.db.execute(
            "SELECT attachment_id FROM evidence WHERE case_id = ?", [case_id])]
        vault.db.execute("DELETE FROM evidence WHERE case_id = ?", [case_id])
        for table in ("people", "checks", "signoffs"):
            vault.db.execute(f"DELETE FROM {table} WHERE case_id = ?", [case_id])
        cur = vault.db.execute("DELETE FROM cases WHERE id = ?", [case_id])
        if cur.rowcount == 0:
            raise UserError(f"There is no case {case_id}.")
        vault.audit.append(actor, "delete", "case", case_id)
    for aid in ids:
        vault.attachments.delete(aid)
    return ids


def fts_match(text: str) -> str | None:
    """An FTS5 MATCH expression: every token must match as a prefix."""
    tokens = query_tokens(text)
    if not tokens:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)


def _where(flt: CaseFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    if flt.search.strip():
        match = fts_match(flt.search)
        if match is None:
            clauses.append("0")
        else:
            clauses.append("cases.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
            args.append(match)
    if flt.status:
        clauses.append("cases.status = ?")
        args.append(flt.status)
    if flt.reason:
        clauses.append("cases.reason = ?")
        args.append(flt.reason)
    if flt.channel:
        clauses.append("cases.channel = ?")
        args.append(flt.channel)
    if flt.family_group_id is not None:
        clauses.append("cases.family_group_id = ?")
        args.append(flt.family_group_id)
    if flt.key_date_within_days is not None:
        today = flt.today or dt.date.today()
        clauses.append("cases.key_date IS NOT NULL AND cases.key_date BETWEEN ? AND ?")
        args += [today.isoformat(), (today + dt.timedelta(days=flt.key_date_within_days)).isoformat()]
    if flt.not_ready:
        clauses.append("cases.fails > 0")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def count_cases(vault: Vault, flt: CaseFilter | None = None) -> int:
    where, args = _where(flt or CaseFilter())
    return int(vault.db.execute(f"SELECT count(*) FROM cases{where}", args).fetchone()[0])


def list_cases(vault: Vault, flt: CaseFilter | None = None, *, order_by: str = "updated_at",
               descending: bool = True, limit: int = 200, offset: int = 0) -> list[CaseSummary]:
    where, args = _where(flt or CaseFilter())
    order = SORT_COLUMNS.get(order_by)
    if order is None:
        raise UserError(f"Cannot sort by {order_by!r}.")
    direction = "DESC" if descending else "ASC"
    order_sql = ", ".join(f"{part.strip()} {direction}" for part in order.split(","))
    sql = (
        "SELECT id, beneficiary, country, reason, channel, status, key_date, readiness, family_group_id, "
        f"beneficiary_dob, parole_expiry, updated_at FROM cases{where} ORDER BY {order_sql}, cases.id {direction} "
        "LIMIT ? OFFSET ?"
    )
    out = []
    for r in vault.db.execute(sql, [*args, int(limit), int(offset)]):
        out.append(
            CaseSummary(
                id=r[0], beneficiary=r[1] or "", country=r[2] or "", reason=r[3] or "", channel=r[4] or "",
                status=r[5] or "", key_date=_date(r[6]), readiness=r[7] or "", family_group_id=r[8],
                date_of_birth=_date(r[9]), parole_expiry=_date(r[10]), updated_at=r[11] or "",
            )
        )
    return out


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def find_similar(vault: Vault, given: str, family: str, dob: dt.date | None, *, exclude: int | None = None
                 ) -> list[CaseSummary]:
    """Cases whose beneficiary has the same normalised name tokens and date of birth (duplicate check)."""
    text = f"{given} {family}".strip()
    if not text:
        return []
    hits = list_cases(vault, CaseFilter(search=text), limit=50)
    return [h for h in hits if h.id != exclude and (dob is None or h.date_of_birth in (None, dob))]


# ------------------------------------------------------------------ family groups
def create_family_group(vault: Vault, name: str, *, actor: str, notes: str = "") -> FamilyGroup:
    if not name.strip():
        raise UserError("A family group needs a name.")
    with vault.atomic():
        gid = int(vault.db["family_groups"].insert({"name": name.strip(), "notes": notes, "created_at": _now()}).last_pk)
        vault.audit.append(actor, "create", "family_group", gid)
    return FamilyGroup(name=name.strip(), id=gid, notes=notes)


def set_family_group(vault: Vault, case_id: int, group_id: int | None, *, actor: str) -> None:
    with vault.atomic():
        if group_id is not None and not vault.db.execute(
            "SELECT 1 FROM family_groups WHERE id = ?", [group_id]).fetchone():
            raise UserError(f"There is no family group {group_id}.")
        row = vault.db.execute("SELECT data FROM cases WHERE id = ?", [case_id]).fetchone()
        if not row:
            raise UserError(f"There is no case {case_id}.")
        vault.db["cases"].update(case_id, {"family_group_id": group_id, "updated_at": _now()})
        vault.audit.append(actor, "update", "case", case_id, "family_group")


def family_group(vault: Vault, group_id: int) -> FamilyGroup:
    row = vault.db.execute("SELECT id, name, notes FROM family_groups WHERE id = ?", [group_id]).fetchone()
    if not row:
        raise UserError(f"There is no family group {group_id}.")
    ids = [r[0] for r in vault.db.execute(
        "SELECT id FROM cases WHERE family_group_id = ? ORDER BY id", [group_id])]
    return FamilyGroup(name=row[1], id=row[0], notes=row[2] or "", case_ids=ids)


def family_groups(vault: Vault) -> list[FamilyGroup]:
    return [family_group(vault, r[0]) for r in vault.db.execute("SELECT id FROM family_groups ORDER BY name")]
