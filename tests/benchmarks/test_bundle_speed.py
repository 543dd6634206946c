"""Bundle import speed (#23 "Speed"): importing a bundle of 1,000 cases with 5,000 small evidence files,
against importing the same cases with `case import` + `evidence add` (the same JSON files and the same
evidence files, into a fresh vault set up as the receiver is) in the same run. Printed, never asserted; the
target is a ratio of at most 2.

How the sending laptop is filled: with the same product calls (``import_case``, ``add_evidence``; its
revisions and sealed objects are the product's), except that each file's probe runs in this process
(:func:`_probe_in_process`: the child's own task code, ``packet.child.TASKS``) instead of in a sandbox child.
The child's start (~0.1-0.2 s of CPU per file on this machine, about all of an ``evidence add`` of a small
file) would otherwise be paid twice per file, for the sender and for the baseline; the files are synthetic,
made here. The timed baseline starts a real child per file, as ``evidence add`` does.

The baseline is timed on the first 100 cases (500 files) unless ``PD_BENCH_BASELINE_CASES`` says otherwise
(``PD_BENCH_BASELINE_CASES=1000``: the full size): at 0.15-0.35 s per file on this shared 2-core machine the
full 5,000 files would take 12-30 minutes. The ratio is then against the baseline scaled linearly to the
bundle's size, printed as such, with the baseline's per-file time in its first and second half (how linear it
is). ``PD_BENCH_BUNDLE_CASES`` scales the whole benchmark down for a quick run (e.g. 20)."""

from __future__ import annotations

import faulthandler
import io
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.packet import child as sandbox_child
from parole_desktop.packet import probe, sandbox
from parole_desktop.paths import AppPaths
from parole_desktop.services import bundles
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import Session, create_vault
from tests.conftest import PASSPHRASE
from tests.exchange.laptops import laptops

N_CASES = int(os.environ.get("PD_BENCH_BUNDLE_CASES", "1000"))
N_BASELINE = max(2, min(N_CASES, int(os.environ.get("PD_BENCH_BASELINE_CASES", "100"))))
FILES_PER_CASE = 5


def _png(i: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40 + i % 50, 30), (i % 256, 90, 160)).save(buf, "PNG")
    return buf.getvalue()


def _probe_in_process(
    task: str, data: bytes, options: dict[str, Any] | None = None, **_limits: object
) -> sandbox.ChildResult:
    """What the sandbox child answers, computed here by the child's own task code (for the sender's
    synthetic files only); a refusal is the same UntrustedFileError the child's answer gives."""
    try:
        header, payloads = sandbox_child.TASKS[task](data, options or {})
    except probe.Unprintable as exc:
        raise sandbox.UntrustedFileError(exc.reason) from exc
    header["ok"] = True
    return sandbox.ChildResult(header, payloads, 0.0, 0.0, {})


@contextmanager
def _probes_in_process() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(probe, "run_untrusted", _probe_in_process)
        yield


def _reset_peak_rss() -> bool:
    """Reset this process's peak resident size (Linux ``clear_refs`` 5); False where it cannot be."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        return False
    return True


def _rss_mb(field: str) -> float:
    """``VmRSS`` (resident now) or ``VmHWM`` (its peak since the last reset) of this process, MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _timed(fn: Callable[[], object]) -> tuple[float, str, str, object]:
    """(wall seconds, peak RSS of this process during it beside its RSS at the start, load averages
    before -> after, result)."""
    before = os.getloadavg()[0]
    can_reset = _reset_peak_rss()
    start_mb = _rss_mb("VmRSS")
    t = time.perf_counter()
    out = fn()
    seconds = time.perf_counter() - t
    peak = f"{_rss_mb('VmHWM'):.0f} MB (from {start_mb:.0f} MB)" if can_reset else "not measurable here"
    return seconds, peak, f"{before:.1f} -> {os.getloadavg()[0]:.1f}", out


def _cases_and_files(tmp_path: Path) -> list[tuple[Path, list[Path]]]:
    """Case JSON files written by ``case export`` from a scratch vault, and five small files per case
    (PNG and one-page PDF in turn, each different)."""
    scratch, _ = create_vault(AppPaths(tmp_path / "scratch"), PASSPHRASE)
    files = tmp_path / "files"
    files.mkdir()
    jobs: list[tuple[Path, list[Path]]] = []
    for i in range(N_CASES):
        case = scratch.save_case(
            Case(people=[Person(role=Role.BENEFICIARY, given_name=f"Bench{i}", family_name="Synthetic")])
        )
        paths = []
        for j in range(FILES_PER_CASE):
            k = i * FILES_PER_CASE + j
            p = files / (f"e{k}.pdf" if j % 2 else f"e{k}.png")
            p.write_bytes(minimal_pdf([f"Exhibit {k}"]) if j % 2 else _png(k))
            paths.append(p)
        jobs.append((scratch.export_case(int(case.id or 0), files / f"case-{i}.json"), paths))
    scratch.close()
    return jobs


def _case_import_and_evidence_add(session: Session, jobs: list[tuple[Path, list[Path]]]) -> list[float]:
    """Each case imported and its files added, as ``case import`` and ``evidence add`` do; the seconds
    each case took."""
    took = []
    for json_path, evidence in jobs:
        t = time.perf_counter()
        cid = int(session.import_case(json_path).id or 0)
        for p in evidence:
            session.add_evidence(cid, p, kind="other")
        took.append(time.perf_counter() - t)
    return took


@pytest.mark.benchmark
def test_bundle_import_against_case_import_and_evidence_add(tmp_path) -> None:
    # minutes at full size: the suite's 120 s traceback dump (faulthandler_timeout) only after an hour here
    faulthandler.dump_traceback_later(3600, file=sys.__stderr__)
    _org, (a, b, c) = laptops(tmp_path, ("bench sender", "bench receiver", "bench baseline"))
    t = time.perf_counter()
    jobs = _cases_and_files(tmp_path)
    with _probes_in_process():
        _case_import_and_evidence_add(a, jobs)
    setup_s = time.perf_counter() - t

    bundle = tmp_path / f"bench{bundles.SUFFIX}"
    export_s, _, export_load, exported = _timed(
        lambda: bundles.export_bundle(a, bundle, VaultObjects(a), to=["bench receiver"])
    )
    out: bundles.ExportResult = exported  # type: ignore[assignment]

    bundle_s, bundle_mb, bundle_load, imported = _timed(
        lambda: bundles.import_bundle(b, bundle, VaultObjects(b))
    )
    got: bundles.ImportResult = imported  # type: ignore[assignment]
    assert got.quarantined == () and got.waiting == 0 and got.applied == out.objects
    assert b.count_cases() == N_CASES

    sandbox._stop_spare()  # the baseline starts its children itself, as `evidence add` in the app does
    base_s, base_mb, base_load, took = _timed(lambda: _case_import_and_evidence_add(c, jobs[:N_BASELINE]))
    per_case: list[float] = took  # type: ignore[assignment]
    listed = c.list_cases(limit=N_BASELINE + 1)
    assert len(listed) == N_BASELINE
    assert sum(len(c.load_case(int(x.id)).evidence) for x in listed) == N_BASELINE * FILES_PER_CASE
    half = N_BASELINE // 2
    first, second = (
        1000 * sum(part) / (len(part) * FILES_PER_CASE) for part in (per_case[:half], per_case[half:])
    )
    for s in (a, b, c):
        s.close()

    n_files = N_CASES * FILES_PER_CASE
    scaled = base_s * N_CASES / N_BASELINE
    same = N_BASELINE == N_CASES
    lines = [
        f"\nBUNDLE | {N_CASES} cases, {n_files} evidence files | {out.objects} objects, "
        f"{out.size / 1e6:.1f} MB",
        f"  sender filled in {setup_s:.1f} s (probes in process), export {export_s:.1f} s (load {export_load})",
        f"  bundle import, {N_CASES} cases + {n_files} files: {bundle_s:.1f} s ({got.applied} applied, "
        f"{1000 * bundle_s / out.objects:.1f} ms per object), peak RSS {bundle_mb} (load {bundle_load})",
        f"  case import + evidence add, {N_BASELINE} cases + {N_BASELINE * FILES_PER_CASE} files: "
        f"{base_s:.1f} s ({1000 * base_s / (N_BASELINE * FILES_PER_CASE):.0f} ms per file, a sandbox child each; "
        f"{first:.0f} ms in the first half, {second:.0f} ms in the second), "
        f"peak RSS {base_mb} (load {base_load})",
        f"  ratio {bundle_s / scaled:.2f}"
        + ("" if same else f" against the baseline scaled to {N_CASES} cases ({scaled:.1f} s)")
        + " (target <= 2)",
    ]
    print("\n".join(lines))
