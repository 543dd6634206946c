"""Small read-only facts about the vault for the GUI: passphrase strength, lock holder, backup reminder, pack."""

from __future__ import annotations

import datetime as dt
import socket

from parole_desktop.paths import AppPaths
from parole_desktop.services.session import Session
from parole_desktop.store.keys import MIN_PASSPHRASE_LEN, MIN_STRENGTH, passphrase_strength
from parole_desktop.store.lock import VaultLock
from parole_desktop.store.vault import VaultFiles

BACKUP_REMINDER_DAYS = 7


def lock_held_elsewhere(paths: AppPaths) -> bool:
    """True when the vault's lock names another computer (a laptop that crashed or a stick pulled out)."""
    owner = VaultLock(VaultFiles(paths.vault).lock).owner()
    return owner is not None and owner.get("host") != socket.gethostname()


def backup_overdue(last: dt.datetime | None, now: dt.datetime | None = None) -> bool:
    if last is None:
        return True
    now = now or dt.datetime.now(dt.UTC)
    if last.tzinfo is None:
        last = last.replace(tzinfo=dt.UTC)
    return now - last > dt.timedelta(days=BACKUP_REMINDER_DAYS)


def backup_reminder(
    last: dt.datetime | None, created: dt.datetime | None, now: dt.datetime | None = None
) -> str:
    """ "ok", "first" (a vault younger than the reminder period that has no backup yet: a calm prompt, not
    an alarm) or "overdue" (no backup for longer than the reminder period)."""
    now = now or dt.datetime.now(dt.UTC)
    if last is None and created is not None:
        if created.tzinfo is None:
            created = created.replace(tzinfo=dt.UTC)
        if now - created <= dt.timedelta(days=BACKUP_REMINDER_DAYS):
            return "first"
    return "overdue" if backup_overdue(last, now) else "ok"


def pack_summary(session: Session) -> tuple[str, str, dt.date]:
    """(id, version, as_of) of the active rules pack."""
    from parole_desktop.services.checks import active_pack

    pack = active_pack(session)
    return pack.id, pack.version, pack.as_of


__all__ = [
    "BACKUP_REMINDER_DAYS",
    "MIN_PASSPHRASE_LEN",
    "MIN_STRENGTH",
    "backup_overdue",
    "lock_held_elsewhere",
    "pack_summary",
    "passphrase_strength",
]
