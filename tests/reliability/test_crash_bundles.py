"""SIGKILL during bundle export and import (#23, "Faults and bad input"): a child writing bundles, or one
importing them, is killed at random moments. After every kill both vaults open without force, pass
``PRAGMA integrity_check`` and the audit chain; no ``.partial-`` file is left in a vault folder; every
bundle under its final name is complete (it imports whole); and a re-run of the import completes: the
receiving laptop then holds every object of the bundles, with nothing waiting or quarantined."""

from __future__ import annotations

import functools
import multiprocessing
import random
import signal
import time
from pathlib import Path

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import VaultInUse
from parole_desktop.exchange import bundle as bundle_format
from parole_desktop.paths import AppPaths
from parole_desktop.services import bundles, devices, exchange
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import Session, open_vault
from parole_desktop.store.sqlcipher import integrity_ok
from tests.conftest import PASSPHRASE
from tests.exchange.laptops import laptops
from tests.exchange.memstore import MemoryStore
from tests.reliability import bundle_child
from tests.reliability.conftest import partials, summary

pytestmark = pytest.mark.slow

SENDER, RECEIVER = "sending laptop", "receiving laptop"
PRELOAD = [
    "parole_desktop.services.session",
    "parole_desktop.services.bundles",
    "parole_desktop.services.exchange",
    "parole_desktop.services.demo",
    "tests.reliability.bundle_child",
]


def _open(root: Path, name: str) -> Session:
    """Open without force; a killed child's lock is taken over (wait a little for a file-reading process
    it started to let go of the descriptor, as in test_crash.py)."""
    for _ in range(100):
        try:
            return open_vault(AppPaths(root / name), PASSPHRASE, actor="checker")
        except VaultInUse:
            time.sleep(0.02)
    return open_vault(AppPaths(root / name), PASSPHRASE, actor="checker")


def _consistent(s: Session, root: Path, name: str) -> None:
    ok, why = integrity_ok(s.vault.db)
    assert ok, why
    report = s.vault.audit.verify()
    assert report.ok, report.problems
    assert not partials(root / name), partials(root / name)


def _complete(path: Path, receiver: Session) -> bundle_format.Manifest:
    """The bundle imports whole (into a throw-away store): no half file under a final name."""
    report = bundle_format.import_bundle(
        path,
        MemoryStore(),
        me=devices.device_info(receiver).device_id,
        open_manifest=functools.partial(
            devices.open_from_org, receiver, context=bundle_format.MANIFEST_CONTEXT
        ),
    )
    return report.manifest


class Killer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.ctx = multiprocessing.get_context("forkserver")
        self.ctx.set_forkserver_preload(PRELOAD)

    def run(self, name: str, mode: str, seed: int, delay: float) -> list[str]:
        r, w = self.ctx.Pipe(duplex=False)
        p = self.ctx.Process(
            target=bundle_child.run_forked, args=(str(self.root), name, mode, seed, w), daemon=True
        )
        p.start()
        w.close()
        lines: list[str] = []
        end = time.monotonic() + delay
        alive = True
        while alive and (left := end - time.monotonic()) > 0:
            if r.poll(left):
                try:
                    lines.append(r.recv_bytes().decode())
                except EOFError:
                    alive = False
        p.kill()
        p.join()
        while True:
            try:
                if not r.poll(0):
                    break
                lines.append(r.recv_bytes().decode())
            except EOFError:
                break
        r.close()
        errors = [ln for ln in lines if ln.startswith("ERROR")]
        assert not errors, errors[0]
        assert p.exitcode == -signal.SIGKILL, f"the child ended by itself ({p.exitcode}): {lines[-3:]}"
        return lines


def test_sigkill_during_bundle_export_and_import(tmp_path):
    _org, (a, b) = laptops(tmp_path, (SENDER, RECEIVER))
    for i in range(5):
        case = a.save_case(
            Case(people=[Person(role=Role.BENEFICIARY, given_name=f"Seed{i}", family_name="Case")])
        )
        a.add_evidence_bytes(int(case.id or 0), minimal_pdf([f"seed exhibit {i}"]), "seed.pdf", kind="other")
    a.close()
    b.close()
    out = tmp_path / "out"
    out.mkdir()
    killer = Killer(tmp_path)
    rng = random.Random(23)
    acked: dict[str, str] = {}
    export_kills = import_kills = imported_acks = 0
    for it in range(8):
        lines = killer.run(SENDER, "export", it, rng.uniform(0.3, 2.0))
        export_kills += 1
        acked.update(dict(ln.split(" ")[1:3] for ln in lines if ln.startswith("bundle ")))
        s = _open(tmp_path, SENDER)
        r = _open(tmp_path, RECEIVER)
        try:
            _consistent(s, tmp_path, SENDER)
            for name in acked:
                assert (out / name).is_file(), f"acknowledged bundle {name} is missing"
            for path in out.glob("*.pdbundle"):
                m = _complete(path, r)
                if path.name in acked:
                    assert m.bundle_id == acked[path.name]
        finally:
            s.close()
            r.close()
    assert acked, "no export finished before a kill: raise the delays"
    assert len(partials(out)) <= 1  # each export removes what the one killed before it left
    for it in range(8):
        lines = killer.run(RECEIVER, "import", 100 + it, rng.uniform(0.3, 4.0))
        import_kills += 1
        imported_acks += sum(ln.startswith("imported ") for ln in lines)
        r = _open(tmp_path, RECEIVER)
        try:
            _consistent(r, tmp_path, RECEIVER)
        finally:
            r.close()
    # a re-run completes: every bundle imported (or refused as imported before / older), all objects held
    r = _open(tmp_path, RECEIVER)
    try:
        store = VaultObjects(r)
        held: set[str] = set()
        for path in sorted(out.glob("*.pdbundle")):
            m = _complete(path, r)
            try:
                bundles.import_bundle(r, path, store)
            except bundles.BundleRefused as exc:
                assert exc.code in {"replayed", "older"}, exc
            held.update(i for i, _ in m.objects)
        missing = [i for i in held if not store.has(i)]
        assert not missing, f"{len(missing)} objects of the bundles are not in the receiving vault"
        assert exchange.waiting(r) == [] and exchange.quarantine(r) == []
        _consistent(r, tmp_path, RECEIVER)
        cases = r.count_cases()
    finally:
        r.close()
    summary(
        "SIGKILL during bundle export and import",
        f"{export_kills + import_kills} kills",
        f"both vaults reopened without force, integrity ok, audit ok; {len(acked)} acknowledged bundles all "
        f"complete under their final names; {imported_acks} imports finished before kills; the re-run holds "
        f"all {len(held)} objects ({cases} cases), none waiting or quarantined",
    )
