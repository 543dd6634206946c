"""How long one readiness evaluation takes (median and p95 over many runs); prints, never asserts time."""

from __future__ import annotations

import datetime as dt
import json
import statistics
import time
from pathlib import Path

import pytest

from parole_desktop.domain.codec import case_from_dict
from parole_desktop.rules import checklist, evaluate, load_pack

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"
RUNS = 1000


@pytest.mark.benchmark
@pytest.mark.parametrize(
    "name", ["medical_uscis_complete.json", "foreign_language_uscis.json", "draft_minimal_uscis.json"]
)
def test_evaluate_speed(name: str) -> None:
    pack = load_pack()
    case = case_from_dict(json.loads((CASES / name).read_text(encoding="utf-8")))
    today = dt.date(2026, 11, 23)
    evaluate(case, pack, today=today)  # warm-up
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        evaluate(case, pack, today=today)
        times.append(time.perf_counter() - t0)
    times.sort()
    median_ms = statistics.median(times) * 1000
    p95_ms = times[int(len(times) * 0.95)] * 1000
    print(
        f"\nevaluate({name}): median {median_ms:.3f} ms, p95 {p95_ms:.3f} ms over {RUNS} runs (budget 5 ms)"
    )
    t0 = time.perf_counter()
    for _ in range(RUNS):
        checklist(case, pack, today=today)
    print(f"checklist({name}): mean {(time.perf_counter() - t0) / RUNS * 1000:.3f} ms")


@pytest.mark.benchmark
def test_load_pack_speed() -> None:
    path = Path(__file__).resolve().parents[2] / "resources" / "rules" / "pack.json"
    t0 = time.perf_counter()
    for _ in range(20):
        load_pack(path)
    print(f"\nload_pack (parse + schema validation): {(time.perf_counter() - t0) / 20 * 1000:.1f} ms")
