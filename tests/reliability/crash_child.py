"""The writer that the crash harness kills with SIGKILL.

It opens the vault and loops over real writes (new case, case update, attachment import, backup, draft
packet build, or a schema migration on open). After each write *returned* it sends one line
``ACK <kind> <fields...>`` to the parent, so every acknowledged write must survive the kill.

Run either forked from a multiprocessing forkserver (``run_forked``, cheap: the imports are preloaded)
or as a fresh interpreter (``python -m tests.reliability.crash_child FOLDER OUT SEED MODE``, ACK lines
on stdout).
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "crash test passphrase"
MIGRATION_NAME = "9100_crash_test_column"
MODES = ("mixed", "migrate")
# Names in three scripts; a counter makes each acknowledged one unique.
GIVEN = ["Farishta", "فرشته", "Оксана", "José", "Wilnerson"]
FAMILY = ["Rahimi", "رحیمی", "Ковальчук", "Núñez", "Désir"]


def register_test_migration() -> None:
    """A heavier schema step: a new column filled for every case, and an index (one transaction)."""
    from parole_desktop.store import migrations

    if MIGRATION_NAME in migrations.known_names():
        return

    @migrations.migrations(name=MIGRATION_NAME)
    def _step(db):  # type: ignore[no-untyped-def]
        db.execute("ALTER TABLE cases ADD COLUMN crash_test TEXT")
        db.execute("UPDATE cases SET crash_test = 'migrated:' || id || ':' || coalesce(sort_name, '')")
        db.execute("CREATE INDEX idx_cases_crash_test ON cases (crash_test)")


def unregister_test_migration() -> None:
    from parole_desktop.store import migrations

    migrations.migrations._migrations = [
        m for m in migrations.migrations._migrations if m.name != MIGRATION_NAME
    ]


def _writer(folder: Path, out: Path, seed: int, mode: str, ack: Callable[[str], None]) -> None:
    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person
    from parole_desktop.paths import AppPaths
    from parole_desktop.services import packets
    from parole_desktop.services.checks import attach_checks
    from parole_desktop.services.demo import minimal_pdf
    from parole_desktop.services.session import Session
    from parole_desktop.store.vault import Vault

    rng = random.Random(seed)
    if mode == "migrate":
        register_test_migration()
    vault = Vault.open(folder, PASSPHRASE)
    ack(f"opened {os.getpid()}")
    session = Session(vault, AppPaths(folder.parent), actor="crash-child")
    attach_checks(session)
    if mode == "migrate":
        # Reaching this line means the migration is committed; keep writing so the kill lands anywhere.
        ack("migrated")
    tag = f"{seed:x}"
    n = 0
    while True:
        n += 1
        op = rng.choices(["new", "update", "attach", "backup", "packet"], weights=[5, 3, 4, 1, 1])[0]
        ids = [r.id for r in session.list_cases(limit=50)]
        if op == "new" or not ids:
            name = f"{rng.choice(GIVEN)}{seed}{n:06d}"  # digits only: a Cyrillic name is never mixed with Latin letters
            fam = rng.choice(FAMILY)
            case = session.save_case(
                Case(people=[Person(role=Role.BENEFICIARY, given_name=name, family_name=fam)])
            )
            ack(f"case {case.id} {name}")
        elif op == "update":
            cid = rng.choice(ids)
            case = session.load_case(cid)
            case.statement = f"statement {seed} {n} " + "x" * rng.randint(0, 20000)
            session.save_case(case)
            ack(f"update {cid} {seed} {n}")
        elif op == "attach":
            cid = rng.choice(ids)
            data = minimal_pdf([f"Exhibit {tag}.{n}"])
            if rng.random() < 0.3:
                data += b"\n%" + os.urandom(rng.randint(1, 1_500_000))  # spans several 1 MiB AES-GCM chunks
            ev = session.add_evidence_bytes(
                cid, data, f"exhibit-{tag}-{n}.pdf", kind="other", title=f"ex {n}"
            )
            ack(f"evidence {ev.id} {ev.sha256}")
        elif op == "backup":
            dest = out / "backups" / f"backup-{tag}-{n}.zip"
            session.backup(dest)
            ack(f"backup {dest.name}")
        else:
            cid = rng.choice(ids)
            dest = out / "packets" / f"packet-{tag}-{n}.pdf"
            res = packets.export_packet(session, cid, dest, draft=True)
            ack(f"packet {dest.name} {res.sha256}")


def run_forked(folder: str, out: str, seed: int, mode: str, conn) -> None:  # type: ignore[no-untyped-def]
    """multiprocessing target: ACK lines go through ``conn`` (a one-way Pipe end, written synchronously)."""
    import logging

    logging.disable(logging.CRITICAL)

    def ack(line: str) -> None:
        conn.send_bytes(line.encode("utf-8"))

    try:
        _writer(Path(folder), Path(out), seed, mode, ack)
    except BaseException:
        import traceback

        ack("ERROR " + traceback.format_exc())
        raise


def main(argv: list[str]) -> int:
    folder, out, seed, mode = argv[1], argv[2], int(argv[3]), argv[4]

    def ack(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    _writer(Path(folder), Path(out), seed, mode, ack)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
