"""Cases and people in the vault: save, load, delete, list, search (FTS5 over the normalised names)."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from parole_desktop.domain import codec
from parole_desktop.domain.enums import CaseStatus
from parole_desktop.domain.models import Case, CaseSummary, FamilyGroup, Person
from parole_desktop.domain.search_text import normalise, query_tokens
from parole_desktop.errors import UserError
from parole_desktop.l10n import _
from parole_desktop.store.evidence import load_evidence_for_case
from parole_desktop.store.vault import Vault

SORT_COLUMNS = {
    "id": "cases.id",
    "beneficiary": "cases.sort_name",
    "country": "cases.country COLLATE NOCASE",
    "reason": "cases.reason",
    "channel": "cases.channel",
    "status": "cases.status",
    "key_date": "cases.key_date",
    "readiness": "cases.fails",
    "updated_at": "cases.updated_at",
    "family": "coalesce(cases.family_group_id, 0)",
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
        parts += [p.given_name, p.family_name, p.other_names, p.passport_given_name, p.passport_family_name]
    b = case.beneficiary
    if b:
        parts += [b.passport_number]
    return normalise(" ".join(x for x in parts if x))


# ``json.dumps(..., ensure_ascii=False)`` builds a new encoder at every call: one, made once, does the same
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _case_data(case: Case) -> str:
    """The case without default values, people, evidence and uid (the uid lives in its own column)."""
    return _ENCODE(codec.case_storage_dict(case))


def _person_data(p: Person) -> str:
    return _ENCODE(codec.person_storage_dict(p))


def _case_row(case: Case, readiness: str, fails: int) -> dict[str, Any]:
    b = case.beneficiary
    return {
        "channel": str(case.channel),
        "status": str(case.status),
        "family_group_id": case.family_group_id,
        "reason": str(case.reason) if case.reason else "",
        "key_date": case.key_date.isoformat() if case.key_date else None,
        "beneficiary": b.full_name if b else "",
        "beneficiary_dob": b.date_of_birth.isoformat() if b and b.date_of_birth else None,
        "country": (b.citizenship if b else "") or "",
        "readiness": readiness,
        "fails": fails,
        "parole_expiry": case.outcome.parole_expiry.isoformat() if case.outcome.parole_expiry else None,
        "search_text": _search_text(case),
        "sort_name": normalise(f"{b.family_name} {b.given_name}" if b else ""),
        "uid": case.uid,
    }


def new_uid() -> str:
    return uuid.uuid4().hex


_LINK_COLUMNS = ("status", "family_group_id", "readiness", "fails")


def save_case(
    vault: Vault, case: Case, *, actor: str, readiness: str = "", fails: int = 0, keep_links: bool = False
) -> Case:
    """Insert or update a case and its people in one transaction; evidence rows are kept as they are.

    ``keep_links`` (an editor's autosave): status, family group and readiness stay as stored — other
    actions change them — and are read back into ``case`` with its current evidence, in the same
    transaction, so the caller needs no second load to check the saved case.
    """
    if not case.uid:
        case.uid = new_uid()
    for person in case.people:  # every person a stable uid, by every path that saves (#23 field paths)
        if not person.uid:
            person.uid = new_uid()
    row = _case_row(case, readiness, fails)
    if keep_links and case.id is not None:
        for column in _LINK_COLUMNS:
            del row[column]
    now = _now()
    with vault.atomic():
        if case.id is None:
            row["created_at"] = row["updated_at"] = now
            case.id = int(vault.db.table("cases").insert(row).last_pk or 0)
            action = "create"
            vault.db.execute(
                "INSERT INTO case_data (case_id, data) VALUES (?, ?)", [case.id, _case_data(case)]
            )
        else:
            listed = sorted(row)
            links = vault.db.execute(
                f"SELECT status, family_group_id, {', '.join(listed)} FROM cases WHERE id = ?", [case.id]
            ).fetchone()
            if not links:
                raise UserError(_("Case {id} does not exist.").format(id=case.id))
            if keep_links:
                case.status, case.family_group_id = CaseStatus(links[0]), links[1]
                case.evidence = load_evidence_for_case(vault, case.id, case.family_group_id)
            # only the list columns that changed: an unchanged search_text in the SET list would still fire
            # the FTS trigger (a delete and an insert in the index and its prefix indexes, at every autosave)
            columns = [c for c, old in zip(listed, links[2:], strict=True) if row[c] != old] + ["updated_at"]
            row["updated_at"] = now
            vault.db.execute(
                f"UPDATE cases SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                [*(row[c] for c in columns), case.id],
            )
            vault.db.execute("UPDATE case_data SET data = ? WHERE case_id = ?", [_case_data(case), case.id])
            action = "update"
        _save_people(vault, case, fresh=action == "create")
        vault.audit.append(actor, action, "case", case.id)
    case.updated_at = dt.datetime.fromisoformat(now)
    return case


_INSERT_PERSON = (
    "INSERT INTO people (id, case_id, role, given_name, family_name, data) VALUES (?, ?, ?, ?, ?, ?)"
)


def _save_people(vault: Vault, case: Case, *, fresh: bool) -> None:
    """The case's people rows. Unchanged (the usual autosave: an edit elsewhere in the case), nothing is
    written; otherwise they are replaced: those saved before (with an id) in one batch, a new one each on
    its own (its id comes back from the insert)."""
    for person in case.people:
        person.case_id = case.id
    known = [p for p in case.people if p.id is not None]
    rows = [(p.id, case.id, str(p.role), p.given_name, p.family_name, _person_data(p)) for p in known]
    if not fresh:
        if len(known) == len(case.people):
            stored = vault.db.execute(
                "SELECT id, case_id, role, given_name, family_name, data FROM people WHERE case_id = ? "
                "ORDER BY id",
                [case.id],
            ).fetchall()
            if [tuple(r) for r in stored] == sorted(rows, key=lambda r: int(r[0] or 0)):
                return
        vault.db.execute("DELETE FROM people WHERE case_id = ?", [case.id])
    if rows:
        vault.db.conn.executemany(_INSERT_PERSON, rows)
    for person in case.people:
        if person.id is None:
            cur = vault.db.execute(
                _INSERT_PERSON,
                [
                    None,
                    case.id,
                    str(person.role),
                    person.given_name,
                    person.family_name,
                    _person_data(person),
                ],
            )
            person.id = int(cur.lastrowid or 0)


def person_id_free(vault: Vault, person_id: int) -> bool:
    """No people row has this id (a removed person put back keeps their id, and so their place)."""
    return vault.db.execute("SELECT 1 FROM people WHERE id = ?", [person_id]).fetchone() is None


def update_case_columns(vault: Vault, case_id: int, *, actor: str, audit: str = "", **columns: Any) -> None:
    """Set list columns (status, readiness, fails, ...) without rewriting the case."""
    with vault.atomic():
        vault.db.table("cases").update(case_id, {**columns, "updated_at": _now()})
        if audit:
            vault.audit.append(actor, audit, "case", case_id, ",".join(sorted(columns)))


def load_case(vault: Vault, case_id: int) -> Case:
    row = vault.db.execute(
        "SELECT cases.id, case_data.data, status, family_group_id, created_at, updated_at, uid FROM cases "
        "JOIN case_data ON case_data.case_id = cases.id WHERE cases.id = ?",
        [case_id],
    ).fetchone()
    if not row:
        raise UserError(_("There is no case {case_id}.").format(case_id=case_id))
    data = json.loads(row[1])
    data["status"] = row[2]
    case = codec.case_from_dict(data)
    case.id = int(row[0])
    case.family_group_id = row[3]
    case.created_at = dt.datetime.fromisoformat(row[4]) if row[4] else None
    case.updated_at = dt.datetime.fromisoformat(row[5]) if row[5] else None
    case.uid = row[6] or ""
    for pid, pdata in vault.db.execute(
        "SELECT id, data FROM people WHERE case_id = ? ORDER BY id", [case_id]
    ):
        person = codec.person_from_dict(json.loads(pdata))
        person.id, person.case_id = int(pid), case.id
        case.people.append(person)
    case.evidence = load_evidence_for_case(vault, case.id, case.family_group_id)
    return case


def delete_case(
    vault: Vault,
    case_id: int,
    *,
    actor: str,
    remove_files: bool = True,
    before_commit: Callable[[], object] | None = None,
) -> list[str]:
    """Delete a case with its people, checks, sign-offs and own evidence; returns the attachment ids of
    its files, removed after the commit (``remove_files=False``: the caller removes them once its own
    transaction is committed). ``before_commit`` runs inside the transaction, after the audit entry."""
    with vault.atomic():
        ids = [
            r[0] for r in vault.db.execute("SELECT attachment_id FROM evidence WHERE case_id = ?", [case_id])
        ]
        ids += [
            r[0]
            for r in vault.db.execute(
                "SELECT attachment_id FROM removed_items WHERE case_id = ? AND attachment_id != ''", [case_id]
            )
        ]
        vault.db.execute("DELETE FROM evidence WHERE case_id = ?", [case_id])
        for table in ("people", "checks", "signoffs", "case_data", "removed_items"):
            vault.db.execute(f"DELETE FROM {table} WHERE case_id = ?", [case_id])
        cur = vault.db.execute("DELETE FROM cases WHERE id = ?", [case_id])
        if cur.rowcount == 0:
            raise UserError(_("There is no case {case_id}.").format(case_id=case_id))
        vault.audit.append(actor, "delete", "case", case_id)
        if before_commit is not None:
            before_commit()
    if remove_files:
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


_SUMMARY_COLS = (
    "id, beneficiary, country, reason, channel, status, key_date, readiness, family_group_id, "
    "beneficiary_dob, parole_expiry, updated_at"
)
# Below this many search hits, sort the hits themselves; above it, walk the name index in order.
_SORT_HITS_DIRECTLY = 2500


def _summary(r: Any) -> CaseSummary:
    return CaseSummary(
        id=r[0],
        beneficiary=r[1] or "",
        country=r[2] or "",
        reason=r[3] or "",
        channel=r[4] or "",
        status=r[5] or "",
        key_date=_date(r[6]),
        readiness=r[7] or "",
        family_group_id=r[8],
        date_of_birth=_date(r[9]),
        parole_expiry=_date(r[10]),
        updated_at=r[11] or "",
    )


def _by_ids(vault: Vault, ids: list[int]) -> list[CaseSummary]:
    if not ids:
        return []
    rows = vault.db.execute(
        f"SELECT {_SUMMARY_COLS} FROM cases WHERE id IN ({','.join('?' * len(ids))})", ids
    ).fetchall()
    by_id = {r[0]: _summary(r) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def _search_by_name(
    vault: Vault, flt: CaseFilter, direction: str, limit: int, offset: int
) -> list[CaseSummary]:
    """Search hits sorted by name, fast at 100,000 cases whatever the number of hits (see benchmark)."""
    match = fts_match(flt.search)
    if match is None:
        return []
    hits = vault.db.execute("SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?", [match]).fetchone()[0]
    if hits <= _SORT_HITS_DIRECTLY:
        sql = (
            f"SELECT c.id FROM cases_fts f CROSS JOIN cases c INDEXED BY idx_cases_id_sort ON c.id = f.rowid "
            f"WHERE cases_fts MATCH ? ORDER BY c.sort_name {direction}, c.id {direction} LIMIT ? OFFSET ?"
        )
    else:
        sql = (
            f"SELECT id FROM cases INDEXED BY idx_cases_sort_name WHERE id IN "
            f"(SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?) "
            f"ORDER BY sort_name {direction}, id {direction} LIMIT ? OFFSET ?"
        )
    ids = [r[0] for r in vault.db.execute(sql, [match, int(limit), int(offset)])]
    return _by_ids(vault, ids)


def _only_search(flt: CaseFilter) -> bool:
    return bool(flt.search.strip()) and not any(
        (
            flt.status,
            flt.reason,
            flt.channel,
            flt.key_date_within_days is not None,
            flt.not_ready,
            flt.family_group_id is not None,
        )
    )


def list_cases(
    vault: Vault,
    flt: CaseFilter | None = None,
    *,
    order_by: str = "updated_at",
    descending: bool = True,
    limit: int = 200,
    offset: int = 0,
) -> list[CaseSummary]:
    flt = flt or CaseFilter()
    order = SORT_COLUMNS.get(order_by)
    if order is None:
        raise UserError(_("Cannot sort by {order_by!r}.").format(order_by=order_by))
    direction = "DESC" if descending else "ASC"
    if order_by == "beneficiary" and _only_search(flt):
        return _search_by_name(vault, flt, direction, limit, offset)
    where, args = _where(flt)
    sql = (
        f"SELECT {_SUMMARY_COLS} FROM cases{where} ORDER BY {order} {direction}, cases.id {direction} "
        "LIMIT ? OFFSET ?"
    )
    return [_summary(r) for r in vault.db.execute(sql, [*args, int(limit), int(offset)])]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def find_similar(
    vault: Vault, given: str, family: str, dob: dt.date | None, *, exclude: int | None = None
) -> list[CaseSummary]:
    """Cases whose beneficiary has the same normalised name tokens and date of birth (duplicate check)."""
    text = f"{given} {family}".strip()
    if not text:
        return []
    hits = list_cases(vault, CaseFilter(search=text), limit=50)
    return [h for h in hits if h.id != exclude and (dob is None or h.date_of_birth in (None, dob))]


# ------------------------------------------------------------------ family groups
def create_family_group(
    vault: Vault, name: str, *, actor: str, notes: str = "", uid: str = ""
) -> FamilyGroup:
    if not name.strip():
        raise UserError(_("A family group needs a name."))
    uid = uid or new_uid()
    with vault.atomic():
        if vault.db.execute("SELECT 1 FROM family_groups WHERE uid = ?", [uid]).fetchone():
            raise UserError(_("A family group with this uid is already in the vault."))
        gid = int(
            vault.db.table("family_groups")
            .insert({"name": name.strip(), "notes": notes, "created_at": _now(), "uid": uid})
            .last_pk
            or 0
        )
        vault.audit.append(actor, "create", "family_group", gid)
    return FamilyGroup(name=name.strip(), id=gid, notes=notes, uid=uid)


def family_group_id_by_uid(vault: Vault, uid: str) -> int | None:
    row = vault.db.execute("SELECT id FROM family_groups WHERE uid = ?", [uid]).fetchone() if uid else None
    return int(row[0]) if row else None


def case_id_by_uid(vault: Vault, uid: str) -> int | None:
    row = vault.db.execute("SELECT id FROM cases WHERE uid = ?", [uid]).fetchone() if uid else None
    return int(row[0]) if row else None


def cases_linking_to_uid(vault: Vault, uid: str) -> list[int]:
    """Cases with a person whose link to another case (by uid) is not resolved to a local case id yet."""
    if not uid:
        return []
    return [
        int(r[0])
        for r in vault.db.execute(
            "SELECT DISTINCT case_id FROM people WHERE json_extract(data, '$.linked_case_uid') = ? "
            "AND json_extract(data, '$.linked_case_id') IS NULL ORDER BY case_id",
            [uid],
        )
    ]


def case_uid(vault: Vault, case_id: int) -> str:
    row = vault.db.execute("SELECT uid FROM cases WHERE id = ?", [case_id]).fetchone()
    return str(row[0] or "") if row else ""


def set_family_group(vault: Vault, case_id: int, group_id: int | None, *, actor: str) -> None:
    with vault.atomic():
        if (
            group_id is not None
            and not vault.db.execute("SELECT 1 FROM family_groups WHERE id = ?", [group_id]).fetchone()
        ):
            raise UserError(_("There is no family group {group_id}.").format(group_id=group_id))
        row = vault.db.execute("SELECT id FROM cases WHERE id = ?", [case_id]).fetchone()
        if not row:
            raise UserError(_("There is no case {case_id}.").format(case_id=case_id))
        vault.db.table("cases").update(case_id, {"family_group_id": group_id, "updated_at": _now()})
        vault.audit.append(actor, "update", "case", case_id, "family_group")


def family_group(vault: Vault, group_id: int) -> FamilyGroup:
    row = vault.db.execute(
        "SELECT id, name, notes, uid FROM family_groups WHERE id = ?", [group_id]
    ).fetchone()
    if not row:
        raise UserError(_("There is no family group {group_id}.").format(group_id=group_id))
    ids = [
        r[0]
        for r in vault.db.execute("SELECT id FROM cases WHERE family_group_id = ? ORDER BY id", [group_id])
    ]
    return FamilyGroup(name=row[1], id=row[0], notes=row[2] or "", case_ids=ids, uid=row[3] or "")


def family_groups(vault: Vault) -> list[FamilyGroup]:
    return [family_group(vault, r[0]) for r in vault.db.execute("SELECT id FROM family_groups ORDER BY name")]


# A version-4 UUID as ``uuid.uuid4().hex`` writes it, from 16 random bytes without the UUID object: the
# version nibble set to 4 and the variant bits to 10 (RFC 9562).
_UUID4_CLEAR = ~((0xF << 76) | (0x3 << 62)) & ((1 << 128) - 1)
_UUID4_SET = (0x4 << 76) | (0x2 << 62)


def new_uids(n: int) -> list[str]:
    """``n`` fresh uids (as :func:`new_uid` makes them), from one read of the system's random source."""
    raw = os.urandom(16 * n)
    return [
        f"{int.from_bytes(raw[i : i + 16]) & _UUID4_CLEAR | _UUID4_SET:032x}" for i in range(0, 16 * n, 16)
    ]


# ``evidence_rows`` rows per case for a run of consecutive case ids, made by SQLite itself (no Python tuple
# per row): case-major, titled "Document 1" … "Document k", as one loop over the cases would insert them.
_BULK_EVIDENCE = (
    "WITH RECURSIVE c(id) AS (SELECT ?1 UNION ALL SELECT id + 1 FROM c WHERE id < ?2), "
    "k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ?3) "
    "INSERT INTO evidence (case_id, kind, title, language, sha256, size, original_filename, media_type, "
    "attachment_id, shared_with_group, added_at, added_by, data) "
    "SELECT c.id, 'other', 'Document ' || k.n, 'en', ?4, ?5, 'scan.pdf', 'application/pdf', ?6, 0, ?7, ?8, "
    "'{}' FROM c, k ORDER BY c.id, k.n"
)


def bulk_insert_cases(
    vault: Vault,
    cases: list[Case],
    *,
    actor: str,
    evidence_rows: int = 0,
    attachment: tuple[str, str, int] | None = None,
) -> list[int]:
    """Insert many cases in one transaction (imports, demo data, benchmarks): one audit entry for all.

    ``evidence_rows`` evidence records per case may point at one shared ``attachment``
    (attachment id, sha256, size).

    The rows are plain tuples of strings and numbers, which hold no reference cycle: the cyclic garbage
    collector is paused while they are built and written (each collection would otherwise walk every
    object the process holds, again and again, for nothing to free) and resumed as it was afterwards.
    """
    now = _now()
    ids: list[int] = []
    collecting = gc.isenabled()
    gc.disable()
    try:
        with vault.atomic():
            cur = vault.db.conn.cursor()
            first_id = int(cur.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0]) + 1
            need = [c for c in cases if not c.uid] + [p for c in cases for p in c.people if not p.uid]
            for obj, uid in zip(need, new_uids(len(need)), strict=True):
                obj.uid = uid
            case_rows, data_rows, people_rows = [], [], []
            for case_id, case in enumerate(cases, start=first_id):
                case.id = case_id
                ids.append(case_id)
                row = _case_row(case, "", 0)
                case_rows.append((case_id, *row.values(), now, now))
                data_rows.append((case_id, _case_data(case)))
                people_rows += [
                    (case_id, str(p.role), p.given_name, p.family_name, _person_data(p)) for p in case.people
                ]
            if cases:
                cols = ", ".join(["id", *_case_row(cases[0], "", 0), "created_at", "updated_at"])
                cur.executemany(
                    f"INSERT INTO cases ({cols}) VALUES ({', '.join('?' * (len(case_rows[0])))})", case_rows
                )
                cur.executemany("INSERT INTO case_data (case_id, data) VALUES (?, ?)", data_rows)
                cur.executemany(
                    "INSERT INTO people (case_id, role, given_name, family_name, data) VALUES (?, ?, ?, ?, ?)",
                    people_rows,
                )
                if attachment and evidence_rows > 0:
                    attachment_id, sha256, size = attachment
                    cur.execute(
                        _BULK_EVIDENCE,
                        [first_id, ids[-1], evidence_rows, sha256, size, attachment_id, now, actor],
                    )
            vault.audit.append(actor, "bulk_create", "case", "", f"count={len(cases)}")
    finally:
        if collecting:
            gc.enable()
    return ids
