"""Bundle import speed (#23 "Speed"): importing a bundle of 1,000 cases with 5,000 small evidence files, against
importing the same cases with `case import` + `evidence add` (the same JSON files and the same evidence
files, into a fresh vault) in the same run. Printed, never asserted; the target is a ratio of at most 2.

``PD_BENCH_BUNDLE_CASES`` scales it down for a quick run (e.g. ``PD_BENCH_BUNDLE_CASES=20``)."""

from __future__ import annotations

import io
import os
import time

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.paths import AppPaths
from parole_desktop.services import bundles
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import create_vault
from tests.conftest import PASSPHRASE
from tests.exchange.laptops import laptops

N_CASES = int(os.environ.get("PD_BENCH_BUNDLE_CASES", "1000"))
FILES_PER_CASE = 5


def _png(i: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40 + i % 50, 30), (i % 256, 90, 160)).save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.benchmark
def test_bundle_import_against_case_import_and_evidence_add(tmp_path) -> None:
    _org, (a, b) = laptops(tmp_path, ("bench sender", "bench receiver"))
    files = tmp_path / "files"
    files.mkdir()
    jobs: list[tuple[object, list[object]]] = []
    t = time.perf_counter()
    for i in range(N_CASES):
        case = a.save_case(
            Case(people=[Person(role=Role.BENEFICIARY, given_name=f"Bench{i}", family_name="Synthetic")])
        )
        cid = int(case.id or 0)
        paths = []
        for j in range(FILES_PER_CASE):
            k = i * FILES_PER_CASE + j
            data = minimal_pdf([f"Exhibit {k}"]) if j % 2 else _png(k)
            p = files / (f"e{k}.pdf" if j % 2 else f"e{k}.png")
            p.write_bytes(data)
            a.add_evidence(cid, p, kind="other")
            paths.append(p)
        jobs.append((a.export_case(cid, files / f"case-{i}.json"), paths))
    setup_s = time.perf_counter() - t

    bundle = tmp_path / f"bench{bundles.SUFFIX}"
    t = time.perf_counter()
    out = bundles.export_bundle(a, bundle, VaultObjects(a), to=["bench receiver"])
    export_s = time.perf_counter() - t

    t = time.perf_counter()
    got = bundles.import_bundle(b, bundle, VaultObjects(b))
    bundle_s = time.perf_counter() - t
    assert got.quarantined == () and got.waiting == 0

    c, _ = create_vault(AppPaths(tmp_path / "baseline"), PASSPHRASE)
    t = time.perf_counter()
    for json_path, evidence in jobs:
        cid = int(c.import_case(json_path).id or 0)  # type: ignore[arg-type]
        for p in evidence:
            c.add_evidence(cid, p, kind="other")  # type: ignore[arg-type]
    baseline_s = time.perf_counter() - t
    for s in (a, b, c):
        s.close()

    n_files = N_CASES * FILES_PER_CASE
    print(
        f"\nBUNDLE | {N_CASES} cases, {n_files} evidence files | {out.objects} objects, "
        f"{out.size / 1e6:.1f} MB | setup {setup_s:.1f} s, export {export_s:.1f} s | "
        f"bundle import {bundle_s:.2f} s ({got.applied} applied) vs case import + evidence add "
        f"{baseline_s:.2f} s | ratio {bundle_s / baseline_s:.2f} (target <= 2)"
    )
