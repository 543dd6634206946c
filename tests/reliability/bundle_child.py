"""The bundle writer and reader that tests/reliability/test_crash_bundles.py kills with SIGKILL.

``export``: opens the sending vault and loops: a new case with an evidence file, then a bundle for the other
laptop under ``out/`` — after each bundle *returned* it sends ``ACK bundle <file> <bundle id>``.
``import``: opens the receiving vault and imports every bundle of ``out/`` in name order, again and again
(a bundle imported before is refused as replayed) — ``ACK imported <file>`` after each import returned.

Run forked from a multiprocessing forkserver (``run_forked``; the imports are preloaded).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

GIVEN = ["Farishta", "Оксана", "José", "Wilnerson"]


def _work(root: Path, name: str, mode: str, seed: int, ack: Callable[[str], None]) -> None:
    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person
    from parole_desktop.paths import AppPaths
    from parole_desktop.services import bundles
    from parole_desktop.services.demo import minimal_pdf
    from parole_desktop.services.exchange import VaultObjects
    from parole_desktop.services.session import open_vault
    from tests.conftest import PASSPHRASE

    session = open_vault(AppPaths(root / name), PASSPHRASE, actor=f"crash-{mode}")
    ack(f"opened {os.getpid()}")
    out = root / "out"
    store = VaultObjects(session)
    n = 0
    while True:
        n += 1
        if mode == "export":
            case = session.save_case(
                Case(
                    people=[
                        Person(
                            role=Role.BENEFICIARY,
                            given_name=f"{GIVEN[n % 4]}{seed}{n:04d}",
                            family_name="Kill",
                        )
                    ]
                )
            )
            session.add_evidence_bytes(
                int(case.id or 0),
                minimal_pdf([f"exhibit {seed} {n}"]) + os.urandom(4096),
                "ex.pdf",
                kind="other",
            )
            dest = out / f"b-{seed:06d}-{n:04d}.pdbundle"
            res = bundles.export_bundle(session, dest, store, to=["receiving laptop"])
            ack(f"bundle {dest.name} {res.bundle_id}")
        else:
            for path in sorted(out.glob("*.pdbundle")):
                try:
                    bundles.import_bundle(session, path, store)
                except bundles.BundleRefused:
                    pass  # replayed, or older than one imported
                else:
                    ack(f"imported {path.name}")


def run_forked(root: str, name: str, mode: str, seed: int, conn) -> None:  # type: ignore[no-untyped-def]
    import logging

    logging.disable(logging.CRITICAL)

    def ack(line: str) -> None:
        conn.send_bytes(line.encode("utf-8"))

    try:
        _work(Path(root), name, mode, seed, ack)
    except BaseException:
        import traceback

        ack("ERROR " + traceback.format_exc())
        raise
