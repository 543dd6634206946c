"""Append-only, hash-chained audit log; entries say who did what to which record, never the values."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass

import sqlite_utils

from parole_desktop.domain.models import AuditEntry

GENESIS = "0" * 64
_HEAD_KEY = "audit_head"


def _entry_hash(
    key: bytes,
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    detail: str,
) -> str:
    body = json.dumps([prev_hash, seq, at, actor, action, entity, entity_id, detail], ensure_ascii=False)
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    entries: int
    problems: list[str]


class AuditLog:
    """Each entry carries the previous entry's hash (an HMAC under a vault subkey, so it cannot be
    recomputed without the vault key); the head (count + last hash) is kept apart to catch removal
    of the newest entries."""

    def __init__(self, db: sqlite_utils.Database, key: bytes) -> None:
        self.db = db
        self._key = key

    @property
    def key(self) -> bytes:
        """The MAC key (kept across a vault key rotation)."""
        return self._key

    def append(
        self, actor: str, action: str, entity: str, entity_id: object = "", detail: str = ""
    ) -> AuditEntry:
        """Must be called inside the same transaction as the change it records."""
        row = self.db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
        at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        eid = "" if entity_id is None else str(entity_id)
        h = _entry_hash(self._key, prev, seq, at, actor, action, entity, eid, detail)
        self.db.execute(
            "INSERT INTO audit (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [seq, at, actor, action, entity, eid, detail, prev, h],
        )
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [_HEAD_KEY, json.dumps({"seq": seq, "hash": h})],
        )
        return AuditEntry(seq, at, actor, action, entity, eid, detail, prev, h)

    def entries(
        self, *, limit: int | None = None, entity: str | None = None, entity_id: object = None
    ) -> list[AuditEntry]:
        sql = "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit"
        args: list[object] = []
        if entity is not None:
            sql += " WHERE entity = ? AND entity_id = ?"
            args += [entity, str(entity_id)]
        sql += " ORDER BY seq DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [AuditEntry(*r) for r in self.db.execute(sql, args).fetchall()]

    def verify(self) -> AuditReport:
        problems: list[str] = []
        prev, expected_seq, count = GENESIS, 1, 0
        cur = self.db.execute(
            "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit ORDER BY seq"
        )
        for seq, at, actor, action, entity, eid, detail, prev_hash, h in cur:
            count += 1
            if seq != expected_seq:
                problems.append(f"entry {expected_seq} is missing (next is {seq})")
            if prev_hash != prev:
                problems.append(f"entry {seq} does not follow the entry before it")
            if _entry_hash(self._key, prev_hash, seq, at, actor, action, entity, eid, detail) != h:
                problems.append(f"entry {seq} was edited")
            prev, expected_seq = h, seq + 1
        head_row = self.db.execute("SELECT value FROM meta WHERE key = ?", [_HEAD_KEY]).fetchone()
        if head_row:
            head = json.loads(head_row[0])
            if head.get("seq") != expected_seq - 1 or head.get("hash") != prev:
                problems.append("the newest entries were removed (the log ends before its recorded head)")
        elif count:
            problems.append("the audit head record is missing")
        return AuditReport(ok=not problems, entries=count, problems=problems)
