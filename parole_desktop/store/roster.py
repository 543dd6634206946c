"""Rows of the pinned trust roster: every version signed by the organization key the vault pinned."""

from __future__ import annotations

import datetime as dt

from parole_desktop.store.vault import Vault

PIN_KEY = "roster_org_fingerprint"
DEMO_KEY = "demo_vault"


def pinned_fingerprint(vault: Vault) -> str:
    return vault.get_meta(PIN_KEY)


def newest(vault: Vault) -> tuple[int, str] | None:
    """(version, envelope) of the newest roster version stored for the pinned organization."""
    fpr = pinned_fingerprint(vault)
    if not fpr:
        return None
    row = vault.db.execute(
        "SELECT version, envelope FROM rosters WHERE org_fingerprint = ? ORDER BY version DESC LIMIT 1", [fpr]
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def store(vault: Vault, org_fingerprint: str, version: int, envelope: str, *, actor: str, pin: bool) -> None:
    """Keep a roster version; with ``pin`` the vault's organization becomes ``org_fingerprint`` (audited)."""
    with vault.atomic():
        if pin:
            vault.set_meta(PIN_KEY, org_fingerprint)
            vault.audit.append(actor, "pin", "roster_org", org_fingerprint)
        vault.db.table("rosters").insert(
            {
                "org_fingerprint": org_fingerprint,
                "version": version,
                "envelope": envelope,
                "actor": actor,
                "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
            replace=True,
        )
        vault.audit.append(actor, "import", "roster", f"{org_fingerprint[:16]}@{version}")


def is_demo(vault: Vault) -> bool:
    return vault.get_meta(DEMO_KEY) == "1"


def mark_demo(vault: Vault, *, actor: str) -> None:
    with vault.atomic():
        vault.set_meta(DEMO_KEY, "1")
        vault.audit.append(actor, "mark_demo", "vault", vault.vault_id)


def audit_hash_at(vault: Vault, seq: int) -> str:
    """The hash of audit entry ``seq`` ('' when there is none): a sign-off records the head it saw."""
    row = vault.db.execute("SELECT hash FROM audit WHERE seq = ?", [seq]).fetchone()
    return str(row[0]) if row else ""


def audit_head(vault: Vault) -> tuple[int, str]:
    row = vault.db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")
