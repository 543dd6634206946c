"""Schema as named sqlite-utils migrations. Names are forever: never rename or reorder a step."""

from __future__ import annotations

import json
import uuid

import sqlite_utils
from sqlite_utils.migrations import Migrations

from parole_desktop.errors import VaultTooNew
from parole_desktop.l10n import _
from parole_desktop.store.device_keys import new_identity_row

MIGRATION_SET = "parole_desktop"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def m0001_initial(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("family_groups").create(
        {"id": int, "name": str, "notes": str, "created_at": str}, pk="id", not_null={"name"}
    )
    db.table("cases").create(
        {
            "id": int,
            "channel": str,
            "status": str,
            "family_group_id": int,
            "reason": str,
            "key_date": str,
            "beneficiary": str,
            "beneficiary_dob": str,
            "country": str,
            "readiness": str,
            "fails": int,
            "parole_expiry": str,
            "search_text": str,
            "sort_name": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("family_group_id", "family_groups", "id")],
    )
    for cols in (["status"], ["family_group_id"], ["key_date"], ["sort_name"], ["updated_at"]):
        db.table("cases").create_index(cols)
    # covering index: sorting search hits by name reads this index, not the table
    db.execute("CREATE INDEX idx_cases_id_sort ON cases (id, sort_name)")
    # the full case lives apart from the narrow list columns, so listing and sorting read small rows
    db.table("case_data").create(
        {"case_id": int, "data": str}, pk="case_id", foreign_keys=[("case_id", "cases", "id")]
    )
    db.table("people").create(
        {"id": int, "case_id": int, "role": str, "given_name": str, "family_name": str, "data": str},
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
    )
    db.table("people").create_index(["case_id"])
    db.table("evidence").create(
        {
            "id": int,
            "case_id": int,
            "kind": str,
            "title": str,
            "language": str,
            "translation_of": int,
            "sha256": str,
            "size": int,
            "original_filename": str,
            "media_type": str,
            "attachment_id": str,
            "shared_with_group": int,
            "added_at": str,
            "added_by": str,
            "data": str,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
    )
    db.table("evidence").create_index(["case_id"])
    db.execute(
        "CREATE INDEX idx_evidence_translation_of ON evidence (translation_of) "
        "WHERE translation_of IS NOT NULL"
    )
    db.table("reviewers").create(
        {
            "id": int,
            "name": str,
            "role": str,
            "number": str,
            "organization": str,
            "public_key": bytes,
            "private_key_enc": str,
            "digital_id_enc": str,
            "created_at": str,
        },
        pk="id",
    )
    db.table("reviewers").create_index(["name"], unique=True)
    db.table("signoffs").create(
        {
            "id": int,
            "case_id": int,
            "reviewer_id": int,
            "signed_at": str,
            "pack_id": str,
            "pack_version": str,
            "content_hash": str,
            "manifest_json": str,
            "signature": bytes,
            "voided_at": str,
            "void_reason": str,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id"), ("reviewer_id", "reviewers", "id")],
    )
    db.table("signoffs").create_index(["case_id"])
    db.table("checks").create(
        {
            "id": int,
            "case_id": int,
            "at": str,
            "pack_id": str,
            "pack_version": str,
            "fails": int,
            "warns": int,
            "infos": int,
            "rule_ids": str,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
    )
    db.table("checks").create_index(["case_id"])
    db.table("packs").create(
        {"id": int, "pack_id": str, "version": str, "as_of": str, "imported_at": str, "envelope": str},
        pk="id",
    )
    db.table("packs").create_index(["pack_id", "version"], unique=True)
    db.table("audit").create(
        {
            "seq": int,
            "at": str,
            "actor": str,
            "action": str,
            "entity": str,
            "entity_id": str,
            "detail": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="seq",
    )
    db.execute(
        "CREATE VIRTUAL TABLE cases_fts USING fts5(search_text, content='cases', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
    )
    for name, body in (
        (
            "cases_ai",
            "AFTER INSERT ON cases BEGIN INSERT INTO cases_fts(rowid, search_text) "
            "VALUES (new.id, new.search_text); END",
        ),
        (
            "cases_ad",
            "AFTER DELETE ON cases BEGIN INSERT INTO cases_fts(cases_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); END",
        ),
        (
            "cases_au",
            "AFTER UPDATE OF search_text ON cases BEGIN "
            "INSERT INTO cases_fts(cases_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
            "INSERT INTO cases_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
        ),
    ):
        db.execute(f"CREATE TRIGGER {name} {body}")


@migrations(name="0002_evidence_attachment_index")
def m0002_evidence_attachment_index(db: sqlite_utils.Database) -> None:
    """Opening a vault looks up each content file's row (to remove files an interrupted import left)."""
    db.execute("CREATE INDEX idx_evidence_attachment_id ON evidence (attachment_id)")


@migrations(name="0003_case_fields")
def m0003_case_fields(db: sqlite_utils.Database) -> None:
    """A stable uid per case and family group (portable links between cases across vaults).

    The other new case fields (passport name in Latin letters, per-answer explanations, payment method,
    cover-letter facts) live in the case's JSON data and need no column; their defaults are implied.
    """
    for table in ("cases", "family_groups"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        ids = [r[0] for r in db.execute(f"SELECT id FROM {table} WHERE uid IS NULL")]
        db.conn.executemany(f"UPDATE {table} SET uid = ? WHERE id = ?", [(uuid.uuid4().hex, i) for i in ids])
        db.execute(f"CREATE UNIQUE INDEX idx_{table}_uid ON {table} (uid)")


@migrations(name="0004_trust_roster")
def m0004_trust_roster(db: sqlite_utils.Database) -> None:
    """Every version of the organization's signed trust roster pinned into this vault (old versions kept so
    older sign-offs can still be read); the pinned org key fingerprint is in ``meta``."""
    db.table("rosters").create(
        {
            "id": int,
            "org_fingerprint": str,
            "version": int,
            "envelope": str,
            "imported_at": str,
            "actor": str,
        },
        pk="id",
        not_null={"org_fingerprint", "version", "envelope"},
    )
    db.table("rosters").create_index(["org_fingerprint", "version"], unique=True)


@migrations(name="0005_exhibit_probes")
def m0005_exhibit_probes(db: sqlite_utils.Database) -> None:
    """The sandbox child's output for each evidence content (its packet pages and first-page thumbnail),
    sealed, keyed by the content's SHA-256, with the probe version that made it (``store/probes.py``): a
    packet build reuses it instead of reading the file again. Nothing else refers to these rows; a missing
    row is made again by probing the stored file."""
    db.table("exhibit_probes").create(
        {
            "sha256": str,
            "probe_version": int,
            "pages": int,
            "meta": bytes,
            "pdf": bytes,
            "thumb": bytes,
            "created_at": str,
        },
        pk="sha256",
        not_null={"probe_version", "meta", "pdf"},
    )


@migrations(name="0006_device_identity")
def m0006_device_identity(db: sqlite_utils.Database) -> None:
    """This vault's device identity for the laptop-to-laptop exchange (``store/devices.py``): an age X25519
    identity (what others encrypt to) and an Ed25519 signing key (what proves this laptop wrote something),
    made here, so a new vault gets one at creation and an older vault on upgrade. One row; the secrets are
    inside the encrypted database like every other key the vault keeps."""
    db.table("device_identity").create(
        {
            "device_id": str,
            "name": str,
            "ed25519_private": str,
            "age_identity": str,
            "created_at": str,
        },
        pk="device_id",
        not_null={"name", "ed25519_private", "age_identity", "created_at"},
    )
    db.table("device_identity").insert(new_identity_row())


@migrations(name="0007_removed_items")
def m0007_removed_items(db: sqlite_utils.Database) -> None:
    """What a volunteer removed from a case (a person, an evidence item with its encrypted file, a family
    group membership, an outcome), kept so it can be put back — by Undo right away, or later from the case's
    list of removed items — until the case is signed off or deleted (``store/removed.py``)."""
    db.table("removed_items").create(
        {
            "id": int,
            "case_id": int,
            "kind": str,
            "label": str,
            "data": str,
            "attachment_id": str,
            "sha256": str,
            "removed_at": str,
            "actor": str,
        },
        pk="id",
        not_null={"case_id", "kind", "data", "removed_at"},
    )
    db.table("removed_items").create_index(["case_id"])


@migrations(name="0008_case_revisions")
def m0008_case_revisions(db: sqlite_utils.Database) -> None:
    """The exchange's side of the vault (#23 item 3, ``store/revisions.py``): every case's revisions (the
    Revision JSON, with its author device and time), where each case stands in its graph (heads, this
    laptop's head, the field map the stored case is, open choices), the sealed objects this vault produced
    (sealed once, then reused, so an object's id is stable), what was received (outcome, quarantine code and
    reason, the bytes while waiting or quarantined), per-peer acknowledgements, transport checkpoints,
    evidence files received, and findings (rollback, rewritten audit log).

    Every person gets a stable ``uid`` here (case format field, kept by every save). A case's root revision
    is made from the stored case the first time the exchange needs it (its first save, or the first time
    anything is offered to a peer), not here: it needs the case-to-field map, which lives above the store."""
    rows = db.execute("SELECT id, data FROM people").fetchall()
    updates = []
    for pid, data in rows:
        d = json.loads(data or "{}")
        if not d.get("uid"):
            d["uid"] = uuid.uuid4().hex
            updates.append((json.dumps(d, ensure_ascii=False), pid))
    db.conn.executemany("UPDATE people SET data = ? WHERE id = ?", updates)
    db.execute(
        "CREATE TABLE case_revisions (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
        "case_uid TEXT NOT NULL, body TEXT NOT NULL, author TEXT NOT NULL, at TEXT NOT NULL, "
        "origin TEXT NOT NULL, added_at TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX idx_case_revisions_case ON case_revisions (case_uid, seq)")
    db.execute(
        "CREATE TABLE case_sync (case_uid TEXT PRIMARY KEY, case_id INTEGER, heads TEXT NOT NULL, "
        "local_head TEXT NOT NULL, state TEXT NOT NULL, audit_seq INTEGER NOT NULL, "
        "choices TEXT NOT NULL DEFAULT '{}', conflicts TEXT NOT NULL DEFAULT '[]')"
    )
    db.execute("CREATE INDEX idx_case_sync_case ON case_sync (case_id)")
    db.execute(
        "CREATE TABLE sealed_objects (seq INTEGER PRIMARY KEY, object_id TEXT NOT NULL UNIQUE, "
        "kind TEXT NOT NULL, ref TEXT NOT NULL, case_uid TEXT NOT NULL DEFAULT '', data BLOB NOT NULL, "
        "created_at TEXT NOT NULL, UNIQUE (kind, ref))"
    )
    db.execute(
        "CREATE TABLE received_objects (object_id TEXT PRIMARY KEY, outcome TEXT NOT NULL, "
        "kind TEXT NOT NULL DEFAULT '', ref TEXT NOT NULL DEFAULT '', code TEXT NOT NULL DEFAULT '', "
        "reason TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', data BLOB, received_at TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX idx_received_outcome ON received_objects (outcome)")
    db.execute(
        "CREATE TABLE peer_acks (peer TEXT NOT NULL, object_id TEXT NOT NULL, at TEXT NOT NULL, "
        "PRIMARY KEY (peer, object_id))"
    )
    db.execute(
        "CREATE TABLE transport_checkpoints (peer TEXT PRIMARY KEY, value TEXT NOT NULL, at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE received_evidence (sha256 TEXT PRIMARY KEY, attachment_id TEXT NOT NULL, "
        "size INTEGER NOT NULL, received_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE sync_findings (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, case_uid TEXT NOT NULL, "
        "key TEXT NOT NULL, detail TEXT NOT NULL, found_at TEXT NOT NULL, UNIQUE (kind, key))"
    )


@migrations(name="0009_exchange_waiting_and_acks")
def m0009_exchange_waiting_and_acks(db: sqlite_utils.Database) -> None:
    """Two exchange tables (#23, ``store/revisions.py``): ``waiting_opened`` keeps, for a received object
    that waits for what it depends on, what opening it gave (the verified payload, its author and seal
    context), so that it is decrypted and verified once, not again on every retry — in the vault, which is
    encrypted, never in a temp file; and ``peer_ack_marks`` keeps, per peer, the sealed-object sequence up to
    which the peer acknowledged everything, so that ``peer_acks`` rows at or below it are pruned."""
    db.execute(
        "CREATE TABLE waiting_opened (object_id TEXT PRIMARY KEY, context TEXT NOT NULL, "
        "author_id TEXT NOT NULL, author_key TEXT NOT NULL, created_at TEXT NOT NULL, "
        "recipients TEXT NOT NULL, payload BLOB NOT NULL)"
    )
    db.execute("CREATE TABLE peer_ack_marks (peer TEXT PRIMARY KEY, upto INTEGER NOT NULL, at TEXT NOT NULL)")


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def applied_names(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def unknown_applied(db: sqlite_utils.Database) -> list[str]:
    """Migrations recorded in the vault that this version does not know: written by a newer version."""
    known = set(known_names())
    return [n for n in applied_names(db) if n not in known]


def pending_names(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def check_not_newer(db: sqlite_utils.Database) -> None:
    unknown = unknown_applied(db)
    if unknown:
        raise VaultTooNew(
            _(
                "This vault was written by a newer version of Parole Desktop (it has schema steps {unknown}). Install the newer version to open it; nothing was changed."
            ).format(unknown=", ".join(unknown))
        )


def apply(db: sqlite_utils.Database) -> None:
    migrations.apply(db)
